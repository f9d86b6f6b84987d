// On CloudBase every database request is a round trip of tens of milliseconds, so the
// number of requests an action makes is its cost (issue 19). The hot actions through the
// real wx-server-sdk on the emulator, counted: a change that adds a round trip to them
// fails here, not in production.
import crypto from 'node:crypto'
import { dispatch } from '../../server/actions/dispatch'
import { registry } from '../../server/actions/registry'
import type { Deps } from '../../server/core/deps'
import { createCloudRuntime } from '../../server/runtime/cloud'
import { refreshAll } from '../../server/services/counters/refresh'
import { seedScale, type ScaleSummary } from '../../server/seed/scale-seed'
import { dispatchOutbox } from '../../server/services/notify/dispatch-outbox'
import { enqueue } from '../../server/services/notify/enqueue'
import { guardNetwork, initCloudSdkAgainst, startCloudEmulator, type CloudEmulator, type NetworkGuard } from '../support/cloudbase-emulator'

let guard: NetworkGuard
let emu: CloudEmulator
let deps: Deps
let summary: ScaleSummary

beforeAll(async () => {
  guard = guardNetwork()
  emu = await startCloudEmulator({ pageCap: 1000 })
  const env = { ...process.env, ...emu.env, ANJU_DATA_KEY: crypto.randomBytes(32).toString('base64'), TZ: 'Asia/Shanghai', ANJU_TEMPLATE_IDS: JSON.stringify({ deadlineReminder: 'TPL-budget' }) }
  deps = createCloudRuntime(initCloudSdkAgainst(emu) as never, { env, log: { info: () => {}, error: () => {} } }).deps
  summary = await seedScale(deps.store, deps.personal, { households: 36, householdsPerVillage: 3, patrolMonths: 2, now: deps.clock.now() })
  const users = deps.store.collection('users')
  for (const u of await users.find({ limit: 1000 })) await users.update(u._id, { openid: `o-${u._id}` })
  await refreshAll(deps)
  deps.dirtyVillages?.clear()
}, 60_000)

afterAll(async () => {
  await emu?.close()
  guard?.restore()
  expect(guard.violations).toEqual([])
  expect(emu.unsupported).toEqual([])
})

/** The requests one call of the action makes. */
async function requestsOf(userId: string, action: string, input: unknown): Promise<number> {
  const before = emu.actions.length
  const r = (await dispatch(registry, deps, { action, input }, { kind: 'openid', openid: `o-${userId}` })) as { ok: boolean; message?: string }
  if (!r.ok) throw new Error(`${action}: ${r.message}`)
  return emu.actions.length - before
}

const findings = { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }

it('an inspector submitting a patrol costs at most 8 requests, and a village household list 2', async () => {
  const village = summary.villageIds[0]!
  const [house] = await deps.store.collection('houses').find({ where: { villageId: village }, limit: 1 })
  const patrol = { patrolId: `pt-${crypto.randomUUID()}`, houseId: house!._id, kind: 'routine', patrolledAt: deps.clock.now().toISOString(), findings, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: true, notes: '' }
  expect(await requestsOf(summary.inspectorOf[village]!, 'patrol.submit', patrol)).toBeLessThanOrEqual(8)
  expect(await requestsOf('u-bench-staff', 'household.list', { villageId: village, page: 1, pageSize: 20 })).toBeLessThanOrEqual(2)
})

it("a village's household list on the cloud, one read paged in memory, gives every household once with the total, as the embedded engine's count and page do", async () => {
  const village = summary.villageIds[0]!
  const monitored = await deps.store.collection('households').find({ where: { villageId: village, status: 'monitored' } })
  expect(monitored.length).toBeGreaterThan(2)
  const listed: string[] = []
  for (let page = 1; ; page++) {
    const r = (await dispatch(registry, deps, { action: 'household.list', input: { villageId: village, page, pageSize: 2 } }, { kind: 'openid', openid: 'o-u-bench-staff' })) as { ok: true; data: { items: Array<{ id: string }>; total: number } }
    expect(r.data.total).toBe(monitored.length)
    listed.push(...r.data.items.map((i) => i.id))
    if (r.data.items.length < 2) break
  }
  expect(listed.sort()).toEqual(monitored.map((h) => h._id).sort())
})

it('the dashboard of a leader costs at most 3 requests, and a case step at most 17', async () => {
  expect(await requestsOf('u-bench-leader', 'dashboard.summary', {})).toBeLessThanOrEqual(3)
  const [c] = await deps.store.collection('cases').find({ where: { stage: 'reported', villageId: { $in: summary.villageIds } }, limit: 1 })
  expect(await requestsOf(summary.inspectorOf[c!.villageId]!, 'case.transition', { caseId: c!._id, transitionId: `tr-${crypto.randomUUID()}`, expectRev: c!._rev, action: 'verify', note: '核实' })).toBeLessThanOrEqual(17)
})

it('without a look-up first, a patrol sent again is answered with the stored record and written once, and its id is refused to another inspector', async () => {
  const [v1, v2] = summary.villageIds
  const [house] = await deps.store.collection('houses').find({ where: { villageId: v1! }, limit: 1 })
  const [other] = await deps.store.collection('houses').find({ where: { villageId: v2! }, limit: 1 })
  const patrolId = `pt-${crypto.randomUUID()}`
  const patrol = { patrolId, houseId: house!._id, kind: 'routine', patrolledAt: deps.clock.now().toISOString(), findings, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: true, notes: '' }
  const send = (userId: string, input: unknown) => dispatch(registry, deps, { action: 'patrol.submit', input }, { kind: 'openid', openid: `o-${userId}` }) as Promise<{ ok: boolean; code?: string; data?: { id: string } }>
  const first = await send(summary.inspectorOf[v1!]!, patrol)
  const again = await send(summary.inspectorOf[v1!]!, patrol)
  expect(first.ok && again.ok).toBe(true)
  expect(again.data).toEqual(first.data)
  expect(await deps.store.collection('patrols').count({ houseId: house!._id, _id: patrolId })).toBe(1)
  const taken = await send(summary.inspectorOf[v2!]!, { ...patrol, houseId: other!._id })
  expect(taken).toMatchObject({ ok: false, code: 'CONFLICT' })
})

it("a storm's outbox costs the database about one request a message beside WeChat's own send: claims, consents, openids and records go a batch at a time", async () => {
  const users = (await deps.store.collection('users').find({ limit: 1000 })).filter((u) => u.openid).slice(0, 30)
  const nowIso = deps.clock.now().toISOString()
  for (const u of users) await deps.store.collection('consents').set({ _id: `${u._id}:deadlineReminder`, userId: u._id, kind: 'deadlineReminder', remaining: 0, longTerm: true, updatedAt: nowIso })
  await deps.store.transaction(async (tx) => {
    for (const [i, u] of users.entries()) await enqueue(tx, { cause: `budget:${i}`, userId: u._id, kind: 'deadlineReminder', title: '待办', body: '待办', page: 'pages/index/index', fields: { thing1: '待办', time2: '2026-12-01 23:59', thing3: '待办' } }, nowIso)
  })
  const before = emu.actions.length
  const report = await dispatchOutbox(deps, Date.now() + 60_000)
  expect(report.sent).toBe(users.length)
  const requests = emu.actions.slice(before)
  // WeChat's send goes through the openapi, one call a message.
  const sends = requests.filter((a) => a === 'wx.openApi').length
  expect(sends).toBe(users.length)
  // Was ~5 a message (a claim, a consent read, a settlement and the openid each on their own).
  expect(requests.length - sends).toBeLessThanOrEqual(12)
})
