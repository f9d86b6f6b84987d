// Months of village patrols and hazard cases for the demo, so that `npm start` shows a
// street at work: a plan where most houses were seen last month, cases in every stage,
// and 12-month trends with something in them. Tests seed without it.
import crypto from 'node:crypto'
import dayjs from 'dayjs'
import { localDate } from '../../domain'
import type { Deps } from '../core/deps'
import type { PatrolDoc } from '../store/docs'
import { countVillage } from '../services/counters/village-figures'
import { refreshAll } from '../services/counters/refresh'
import { seedDemoCases } from './demo-cases'
import { Rng } from './random'

export async function seedDemoHistory(deps: Deps, months = 6, seed = 7): Promise<{ patrols: number; cases: number }> {
  const rng = new Rng(seed)
  const now = deps.clock.now()
  const today = dayjs(localDate(now))
  const houses = await deps.store.collection('houses').find({ orderBy: [['_id', 'asc']] })
  const patrols: PatrolDoc[] = []
  const latest = new Map<string, PatrolDoc>()
  for (let m = months; m >= 0; m--) {
    const month = today.subtract(m, 'month').format('YYYY-MM')
    // The current month is under way: about half the houses so far.
    const share = m === 0 ? 0.5 : 0.93
    const lastDay = m === 0 ? Math.max(1, today.date() - 1) : 28
    for (const h of houses) {
      if (!rng.chance(share)) continue
      const at = new Date(`${month}-${String(rng.int(1, lastDay)).padStart(2, '0')}T${String(rng.int(8, 17)).padStart(2, '0')}:00:00+08:00`)
      const dangerous = h.grade === 'C' || h.grade === 'D'
      const judgment = dangerous ? rng.weighted([['hazard', 6], ['suspectedDanger', 4]] as const) : rng.weighted([['safe', 95], ['hazard', 5]] as const)
      const p: PatrolDoc = {
        _id: `pt-demo-${month}-${h._id}`,
        kind: 'routine', houseId: h._id, householdId: h.householdId, streetId: h.streetId, villageId: h.villageId, month,
        patrolledAt: at.toISOString(), receivedAt: at.toISOString(), inspectorId: `u-insp-${h.villageId.slice(2)}`,
        findings: {}, suggested: judgment, judgment, occupied: h.occupancy === 'occupied', photos: [], gps: null, distanceM: null,
        farFromHouse: false, scannedPlate: rng.chance(0.7), notes: '', taskId: null, caseId: null, mismatchWith: null, contradictedBy: null,
        inputHash: crypto.randomBytes(4).toString('hex'),
      }
      patrols.push(p)
      const prev = latest.get(h._id)
      if (!prev || prev.patrolledAt < p.patrolledAt) latest.set(h._id, p)
    }
  }
  await deps.store.collection('patrols').insertMany(patrols)
  for (const [houseId, p] of latest) await deps.store.collection('houses').update(houseId, { lastPatrolAt: p.patrolledAt, lastJudgment: p.judgment })
  // The cases come after the routine rounds they were found on, and before the counters.
  const cases = await seedDemoCases(deps)
  // The trend lines of the past months, as the counters would have recorded them then.
  const villages = [...new Set(houses.map((h) => h.villageId))]
  for (let m = months; m >= 1; m--) {
    const end = new Date(`${today.subtract(m, 'month').endOf('month').format('YYYY-MM-DD')}T20:00:00+08:00`)
    for (const v of villages) {
      const f = await countVillage(deps, v, end)
      await deps.store.collection('villageMonths').set({ _id: `${v}:${f.month}`, villageId: v, month: f.month, patrolled: f.patrolledThisMonth, houses: f.houses, dangerous: f.byGrade.C + f.byGrade.D, casesOpened: f.casesOpenedThisMonth })
    }
  }
  // Counted after the past lines, which the counters carry for the dashboard.
  await refreshAll(deps)
  deps.dirtyVillages?.clear()
  return { patrols: patrols.length, cases }
}
