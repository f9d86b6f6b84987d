// A street's quarter, frozen: when a quarter is over its figures and house rows are
// collected once (by the tick right after the quarter ends, or by the first report made
// for it if the tick has not), and every report of that quarter is made from them, so a
// report made months later still says what the street looked like at quarter end.
import { AppError, lastEndedQuarter, localDate } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { QuarterSnapshotDoc } from '../../store/docs'
import { streetScope } from '../street-scope'
import { collectVillage, emptyTotals } from './quarterly-report'
import { takeLease } from './job-lease'

/** Not a client id: the colon keeps a report's own rows from ever sharing it. */
export const snapshotIdOf = (streetId: string, quarter: string) => `qs:${streetId}:${quarter}`

/** The quarter's snapshot of the street, started now if there is none yet. */
export async function ensureSnapshot(deps: Deps, streetId: string, quarter: string, takenBy: QuarterSnapshotDoc['takenBy']): Promise<QuarterSnapshotDoc> {
  const col = deps.store.collection('quarterSnapshots')
  const id = snapshotIdOf(streetId, quarter)
  const existing = await col.get(id)
  if (existing) return existing
  const villageIds = (await deps.orgs.villagesUnder(streetId)).map((v) => v._id)
  try {
    await col.insert({ _id: id, streetId, quarter, phase: 'collecting', villageIds, cursor: 0, totals: emptyTotals(), startedAt: deps.clock.now().toISOString(), takenAt: null, takenBy, leaseUntil: 0 })
  } catch (err) {
    // Started at the same moment by the tick and a report: one snapshot, whoever came first.
    if (!(err instanceof AppError && err.code === 'CONFLICT')) throw err
  }
  return (await col.get(id))!
}

/** Collects villages until done or the deadline; one runner at a time, by a lease. */
export async function stepSnapshot(deps: Deps, snap: QuarterSnapshotDoc, deadline: number): Promise<QuarterSnapshotDoc> {
  const col = deps.store.collection('quarterSnapshots')
  if (snap.phase === 'done') return snap
  const lease = await takeLease(col, snap)
  if (!lease.mine) return lease.job
  let current = lease.job
  try {
    const street = await streetScope(deps, current.streetId)
    while (current.cursor < current.villageIds.length) {
      const totals = await collectVillage(deps, current, street, current.cursor)
      await col.update(current._id, { totals, cursor: current.cursor + 1 })
      current = (await col.get(current._id))!
      if (Date.now() > deadline) break
    }
    if (current.cursor >= current.villageIds.length) await col.update(current._id, { phase: 'done', takenAt: deps.clock.now().toISOString() })
  } finally {
    await col.update(snap._id, { leaseUntil: 0 })
  }
  return (await col.get(snap._id))!
}

/** The tick's part: every street's last quarter frozen as soon as it is over. */
export async function snapshotEndedQuarter(deps: Deps, deadline: number): Promise<number> {
  const quarter = lastEndedQuarter(localDate(deps.clock.now()))
  const streets = await deps.store.collection('orgs').find({ where: { level: 'street' }, limit: 1000 })
  let taken = 0
  for (const s of streets) {
    if (Date.now() > deadline) break
    const snap = await ensureSnapshot(deps, s._id, quarter, 'tick')
    if (snap.phase === 'done') continue
    if ((await stepSnapshot(deps, snap, deadline)).phase === 'done') taken++
  }
  return taken
}
