// Runs a Result-returning load and tracks its state; a newer load wins over an older one.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, Result } from '@domain'

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ok'; data: T }

export function useResult<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const seq = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(() => {
    const mine = ++seq.current
    setState({ status: 'loading' })
    loadRef.current().then((res) => {
      if (mine !== seq.current) return
      setState(res.ok ? { status: 'ok', data: res.data } : { status: 'error', code: res.code, message: res.message })
    })
  }, [])

  useEffect(run, deps)

  return { ...state, reload: run }
}
