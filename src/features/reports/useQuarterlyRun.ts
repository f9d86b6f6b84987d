// Builds a quarterly report: start it with a client-made id (a retry returns the same
// report), then step it chunk by chunk until it is written. A report left half-built
// (the phone slept, the network dropped) is resumed by stepping it again.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { QuarterlyReportView } from '@domain'
import { startQuarterlyReport, stepQuarterlyReport } from '../../services/report'
import { newId } from '../../services/ids'

export interface QuarterlyRun {
  report: QuarterlyReportView | null
  running: boolean
  error: string
  start: (quarter: string) => void
  resume: (report: QuarterlyReportView) => void
}

const MAX_STEPS = 500
const finished = (r: QuarterlyReportView) => r.phase === 'done' || r.phase === 'failed'

export function useQuarterlyRun(onFinished: () => void): QuarterlyRun {
  const [report, setReport] = useState<QuarterlyReportView | null>(null)
  const [running, setRunning] = useState(false)
  const [error, setError] = useState('')
  const alive = useRef(true)
  const busy = useRef(false)
  const pending = useRef<{ quarter: string; id: string } | null>(null)
  const finishedRef = useRef(onFinished)
  finishedRef.current = onFinished

  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])

  const loop = useCallback(async (first: () => ReturnType<typeof stepQuarterlyReport>) => {
    if (busy.current) return
    busy.current = true
    setRunning(true)
    setError('')
    let next = first
    for (let i = 0; i < MAX_STEPS && alive.current; i++) {
      const res = await next()
      if (!alive.current) break
      if (!res.ok) {
        setError(res.message)
        break
      }
      setReport(res.data)
      if (finished(res.data)) {
        pending.current = null
        finishedRef.current()
        break
      }
      next = () => stepQuarterlyReport(res.data.id)
    }
    busy.current = false
    if (alive.current) setRunning(false)
  }, [])

  const start = useCallback(
    (quarter: string) => {
      // A retry after a failed start keeps the same id, so it cannot make two reports.
      if (pending.current?.quarter !== quarter) pending.current = { quarter, id: newId('rep') }
      const { id } = pending.current
      void loop(() => startQuarterlyReport(id, quarter))
    },
    [loop],
  )

  const resume = useCallback((r: QuarterlyReportView) => void loop(() => stepQuarterlyReport(r.id)), [loop])

  return { report, running, error, start, resume }
}
