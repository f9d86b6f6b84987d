// The daily recount of every village: time alone makes items overdue, and it is the
// safety net of the counters kept by each write. At district size it takes minutes
// (about 300 villages, ~0.8 s each on CloudBase), longer than one tick's function may run,
// so it is resumable: each tick counts villages in id order from where the day's run
// stopped until its deadline, and the day's run is done when the last village is counted.
import type { Deps } from '../../core/deps'
import { dayRun } from './day-run'
import { refreshVillage } from './refresh'

export interface DayRecount {
  /** Villages counted by this call. */
  counted: number
  /** True when every village has been counted today (by this call or earlier ones). */
  done: boolean
}

export async function recountDay(deps: Deps, deadline: number): Promise<DayRecount> {
  const run = await dayRun(deps, 'counters')
  if (run.done) return { counted: 0, done: true }
  const from = run.from
  const villages = (await deps.store.collection('orgs').find({ where: { level: 'village' }, limit: 10000, fields: [] })).map((v) => v._id).sort()
  const todo = villages.filter((v) => v > from)
  // Marks set before a village is counted are settled by that count; newer ones stay.
  const marked = deps.dirtyMarks ? await deps.dirtyMarks.list() : new Map<string, number>()
  let counted = 0
  for (const v of todo) {
    await refreshVillage(deps, v)
    const rev = marked.get(v)
    if (rev !== undefined) await deps.dirtyMarks!.clear(v, rev)
    counted++
    if (Date.now() > deadline && counted < todo.length) {
      await run.save(v)
      return { counted, done: false }
    }
  }
  await run.save()
  return { counted, done: true }
}
