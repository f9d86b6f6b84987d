// The phone's position for a form: asked for once when the form opens (so it is ready by
// the time a photo is stamped), and again on request.
import { useCallback, useEffect, useRef, useState } from 'react'
import { locateOrWhy, type Fix } from '../services/location'
import type { Permission } from '../services/permissions'

export interface FixState {
  status: 'locating' | 'ok' | 'none'
  fix: Fix | null
  /** Why there is no fix when the person or WeChat refused it. */
  refused?: Permission | null
}

export function useFix(): FixState & { retry: () => void } {
  const [state, setState] = useState<FixState>({ status: 'locating', fix: null })
  const seq = useRef(0)
  const retry = useCallback(() => {
    const mine = ++seq.current
    setState((s) => ({ ...s, status: 'locating' }))
    void locateOrWhy().then(({ fix, refused }) => {
      if (mine === seq.current) setState({ status: fix ? 'ok' : 'none', fix, refused })
    })
  }, [])
  useEffect(retry, [retry])
  return { ...state, retry }
}
