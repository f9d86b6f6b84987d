// A once-a-day job done in steps across ticks (the day's recount, the day's figures): its
// jobRuns document per local day holds the cursor of the last item done, and no cursor
// once the day's run is finished (runs written before cursors existed were finished too).
import { localDate } from '../../../domain'
import type { Deps } from '../../core/deps'

export interface DayRun {
  /** The day's run is over. */
  done: boolean
  /** Items after this one are left to do ('' at the start of the day). */
  from: string
  /** Notes progress (a cursor) or, without one, that the day's run is finished. */
  save(cursor?: string): Promise<void>
}

export async function dayRun(deps: Deps, job: string): Promise<DayRun> {
  const runs = deps.store.collection('jobRuns')
  const key = `${job}:${localDate(deps.clock.now())}`
  const run = await runs.get(key)
  return {
    done: !!run && run.cursor === undefined,
    from: run?.cursor ?? '',
    save: (cursor) => runs.set({ _id: key, job, at: deps.clock.now().toISOString(), ...(cursor !== undefined ? { cursor } : {}) }),
  }
}
