// Runs a Result-returning load and tracks its state; a newer load wins over an older one.
// Under a weak signal the load may answer with the copy kept on the phone (reads.ts): it is
// shown with the time it was fetched, and replaced when the server's answer comes.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, Result } from '@domain'
import { stalenessOf } from '../services/reads'

/** A kept copy on screen: when it was fetched, and — once the server gave up — why no newer one. */
export interface Cached {
  cachedAt: string
  /** Empty while the server's answer is still awaited. */
  staleReason: string
}

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ok'; data: T; cached?: Cached }

/**
 * Hands `res` to `show`: directly, or — for a kept copy — the copy first and then the
 * server's answer (or, if that failed, the copy again with the reason). `current` says
 * whether the screen still wants this load.
 */
export function followFresh<T>(res: Result<T>, current: () => boolean, show: (res: Result<T>, cached?: Cached) => void): void {
  const st = stalenessOf(res)
  if (!res.ok || !st) return show(res)
  show(res, { cachedAt: st.cachedAt, staleReason: '' })
  void st.fresh.then((fresh) => {
    if (!current()) return
    if (fresh.ok) show(fresh)
    else show(res, { cachedAt: st.cachedAt, staleReason: fresh.message })
  })
}

export function useResult<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const seq = useRef(0)
  const loadRef = useRef(load)
  loadRef.current = load

  const run = useCallback(() => {
    const mine = ++seq.current
    setState({ status: 'loading' })
    void loadRef.current().then((first) => {
      const current = () => mine === seq.current
      if (!current()) return
      followFresh(first, current, (res, cached) =>
        setState(res.ok ? { status: 'ok', data: res.data, ...(cached ? { cached } : {}) } : { status: 'error', code: res.code, message: res.message }),
      )
    })
  }, [])

  useEffect(run, deps)

  return { ...state, reload: run }
}
