// One import job, kept moving: while it is in a working phase the page calls
// import.step again and again (each call does one chunk on the server). Leaving the page
// stops the loop; coming back picks it up where the server left off.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, ImportJobView } from '@domain'
import { getImport, stepImport } from '../../services/import'
import { isWorking } from './labels'

export type JobState =
  | { status: 'loading' }
  | { status: 'error'; code: ErrorCode; message: string }
  | { status: 'ok'; job: ImportJobView; stepError: string | null }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** No progress between two steps (another device holds the job): wait a little longer each time. */
const backoff = (idle: number) => Math.min(3000, 400 * idle)

export function useImportJob(importId: string, canStep: boolean) {
  const [state, setState] = useState<JobState>({ status: 'loading' })
  // Bumped to stop a running loop: on leaving, on reload, before starting another.
  const generation = useRef(0)

  const keepStepping = useCallback(
    async (from: ImportJobView) => {
      const mine = ++generation.current
      let job = from
      let idle = 0
      while (canStep && isWorking(job.phase)) {
        const res = await stepImport(importId)
        if (mine !== generation.current) return
        if (!res.ok) {
          setState({ status: 'ok', job, stepError: res.message })
          return
        }
        const moved = res.data.phase !== job.phase || res.data.progress !== job.progress || res.data.rowsRead !== job.rowsRead
        job = res.data
        setState({ status: 'ok', job, stepError: null })
        idle = moved ? 0 : idle + 1
        if (idle > 0) await sleep(backoff(idle))
        if (mine !== generation.current) return
      }
    },
    [importId, canStep],
  )

  const load = useCallback(async () => {
    const mine = ++generation.current
    setState({ status: 'loading' })
    const res = await getImport(importId)
    if (mine !== generation.current) return
    if (!res.ok) return setState({ status: 'error', code: res.code, message: res.message })
    setState({ status: 'ok', job: res.data, stepError: null })
    void keepStepping(res.data)
  }, [importId, keepStepping])

  useEffect(() => {
    void load()
    return () => {
      generation.current++
    }
  }, [load])

  /** A newer view of the job from an action (apply, cancel): show it and move it on. */
  const replace = useCallback(
    (job: ImportJobView) => {
      setState({ status: 'ok', job, stepError: null })
      void keepStepping(job)
    },
    [keepStepping],
  )

  const resume = useCallback(() => {
    if (state.status === 'ok') replace(state.job)
  }, [state, replace])

  return { state, reload: () => void load(), replace, resume }
}
