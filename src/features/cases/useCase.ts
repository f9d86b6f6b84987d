// One case, loaded once and then refreshed in place: a refresh keeps showing the case it
// has (and any open form below it) until the new one arrives. Under a weak signal the copy
// kept on the phone shows first, with its time, and the server's answer replaces it.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseDetail } from '@domain'
import { getCase } from '../../services/case'
import { followFresh, type AsyncState } from '../../hooks/useResult'

export interface CaseState {
  state: AsyncState<CaseDetail>
  /** Loads the case again; with `quiet` the current one stays on screen meanwhile. */
  reload: (quiet?: boolean) => Promise<void>
  /** Shows a case the server just returned (after a move). */
  show: (detail: CaseDetail) => void
}

export function useCase(caseId: string | undefined): CaseState {
  const [state, setState] = useState<AsyncState<CaseDetail>>({ status: 'loading' })
  const seq = useRef(0)

  const reload = useCallback(
    async (quiet = false) => {
      const mine = ++seq.current
      if (!caseId) return setState({ status: 'error', code: 'NOT_FOUND', message: '没有找到这个案件' })
      if (!quiet) setState({ status: 'loading' })
      const first = await getCase(caseId)
      const current = () => mine === seq.current
      if (!current()) return
      followFresh(first, current, (res, cached) => {
        if (res.ok) setState({ status: 'ok', data: res.data, ...(cached ? { cached } : {}) })
        // A failed quiet refresh keeps the case on screen; the form says what went wrong.
        else if (!quiet) setState({ status: 'error', code: res.code, message: res.message })
      })
    },
    [caseId],
  )

  const show = useCallback((detail: CaseDetail) => {
    seq.current++
    setState({ status: 'ok', data: detail })
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { state, reload, show }
}
