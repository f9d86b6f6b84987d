// After a sync, or with patrols still on the phone, the plan and its tab counts say what
// was done: a patrolled house is never 未巡 from a stale copy, and the counts include the
// patrols waiting to upload.
import type { PatrolPlanItem } from '@domain'
import { overlayPlan, patrolsAfter } from '../../src/services/plan-overlay'
import type { QueueItem } from '../../src/services/offline/queue-types'

const row = (houseId: string, status: PatrolPlanItem['status']): PatrolPlanItem => ({
  houseId, householdId: `hh-${houseId}`, villageId: 'v-yulong', villageName: '玉龙村', headNameMasked: '张**', address: '3组',
  grade: null, occupancy: 'occupied', status, risk: 1, lastPatrolAt: null, lastJudgment: null,
})

const plan = { month: '2026-11', page: 1, pageSize: 50, total: 4, items: [row('h1', 'pending'), row('h2', 'overdue'), row('h3', 'done'), row('h4', 'pending')], counts: { unregistered: 0, done: 1, pending: 2, overdue: 1 } }

function patrol(houseId: string, state: QueueItem['state'], syncedAt: string | null, patrolledAt = '2026-11-30T09:00:00+08:00'): QueueItem {
  return {
    id: `pt-${houseId}-${state}`, ownerId: 'u-insp', title: '', houseId, createdAt: patrolledAt, photos: [], state, attempts: 0, nextTryAt: 0, error: null, syncedAt, receipt: null,
    kind: 'patrol', action: 'patrol.submit',
    input: { patrolId: `pt-${houseId}`, houseId, kind: 'routine', patrolledAt, findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'na' }, judgment: 'safe', occupied: true, gps: null, scannedPlate: false, notes: '' },
  } as QueueItem
}

const nowhere = () => null

it('a patrol waiting on the phone moves its house from 未巡 to done in the counts and is marked on its row', () => {
  const shown = overlayPlan(plan, patrolsAfter([patrol('h1', 'pending', null)], '2026-11-30T02:00:00Z', '2026-11'), nowhere)
  expect(shown.counts).toEqual({ unregistered: 0, done: 2, pending: 1, overdue: 1 })
  expect(shown.onPhone.has('h1')).toBe(true)
})

it('a patrol uploaded after the kept copy was fetched shows its house as 已巡, not 未巡', () => {
  const synced = patrol('h2', 'synced', '2026-11-30T03:00:00Z')
  const shown = overlayPlan(plan, patrolsAfter([synced], '2026-11-30T02:00:00Z', '2026-11'), nowhere)
  expect(shown.items.find((i) => i.houseId === 'h2')).toMatchObject({ status: 'done', lastJudgment: 'safe' })
  expect(shown.counts).toEqual({ unregistered: 0, done: 2, pending: 2, overdue: 0 })
  expect(shown.onPhone.size).toBe(0)
})

it('a patrol the copy already includes (uploaded before it was fetched) is not counted twice', () => {
  const shown = overlayPlan(plan, patrolsAfter([patrol('h3', 'synced', '2026-11-30T01:00:00Z'), patrol('h1', 'synced', '2026-11-30T01:00:00Z')], '2026-11-30T02:00:00Z', '2026-11'), nowhere)
  expect(shown.counts).toEqual(plan.counts)
})

it('a house off this page counts by the status seen earlier this month; one of another month or scope does not', () => {
  const elsewhere = (id: string) => (id === 'h9' ? 'overdue' : null)
  const items = [patrol('h9', 'pending', null), patrol('h8', 'pending', null), patrol('h4', 'pending', null, '2026-10-30T09:00:00+08:00')]
  const shown = overlayPlan(plan, patrolsAfter(items, '2026-11-30T02:00:00Z', '2026-11'), elsewhere)
  expect(shown.counts).toEqual({ unregistered: 0, done: 2, pending: 2, overdue: 0 })
})
