// The new day's figures from the stored tallies. Time alone makes cases and tasks
// overdue; the day's recount of every village (daily-recount.ts) moves those figures too,
// but at district size it reaches the last village hours after midnight, and until then
// a dashboard figure disagreed with the overdue list it opens (the list is read live).
// Within a month a village's kept tally is exact (each write moves it), so the day's
// figures are derived from it with today's date: a page of counters a read and a write
// per village whose figures moved, the whole district in a few seconds. A tally of another
// month or version is left to the recount, which counts that village from the records.
import { localDate } from '../../../domain'
import { AppError } from '../../../domain/errors'
import type { Deps } from '../../core/deps'
import { dayRun } from './day-run'
import { TALLY_VERSION, figuresOf, loadTally } from './tally'

/** Counters a read: each carries its village's tally (tens of KB at ~330 households a village). */
const PAGE = 100

export interface DayRoll {
  /** Villages whose stored figures moved with the date. */
  rolled: number
  /** True once every village has been looked at today. */
  done: boolean
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

export async function rollFiguresToDay(deps: Deps, deadline: number): Promise<DayRoll> {
  // Without kept tallies (the local engine) the day's recount is the roll: seconds for a district.
  if (deps.config.counters !== 'kept') return { rolled: 0, done: true }
  const now = deps.clock.now()
  const today = localDate(now)
  const month = today.slice(0, 7)
  const run = await dayRun(deps, 'figures')
  if (run.done) return { rolled: 0, done: true }
  const counters = deps.store.collection('villageCounters')
  let cursor = run.from
  let rolled = 0
  for (;;) {
    const page = await counters.find({ where: { _id: { $gt: cursor } }, orderBy: [['_id', 'asc']], limit: PAGE, fields: ['figures', 'tally'] })
    for (const doc of page) {
      if (!doc.tally || doc.tally.v !== TALLY_VERSION || doc.tally.month !== month) continue
      const figures = figuresOf(loadTally(doc.tally), today)
      if (same(figures, doc.figures)) continue
      try {
        // A write that moved the counters meanwhile derived its figures with today's date too.
        if (await counters.update(doc._id, { figures, updatedAt: now.toISOString() }, { ifRev: doc._rev ?? 0 })) rolled++
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err
      }
    }
    if (page.length < PAGE) break
    cursor = page[page.length - 1]!._id
    if (Date.now() > deadline) {
      await run.save(cursor)
      return { rolled, done: false }
    }
  }
  await run.save()
  return { rolled, done: true }
}
