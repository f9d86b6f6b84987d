// Urgent means now: a 重大紧急 disaster report, a red warning and a family in a dangerous
// house reach WeChat before the action answers; everything else waits for the tick.
import { MESSAGE_KINDS, type MessageKind } from '../../domain'
import type { Message } from '../../server/ports/notifier'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
let sent: Message[]
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-28T10:00:00+08:00' })
  sent = []
  env.rt.deps.notifier = { deliver: async (m: Message) => (sent.push(m), { delivered: true, channel: 'subscribe' }) }
  env.rt.deps.config.templateIds = Object.fromEntries(MESSAGE_KINDS.map((k) => [k, `TPL-${k}`]))
})
afterEach(() => env.close())

/** The user tapped 允许 once for this kind. */
async function consent(userId: string, kind: MessageKind) {
  await env.rt.store.collection('consents').set({ _id: `${userId}:${kind}`, userId, kind, remaining: 1, longTerm: false, updatedAt: '2026-11-28T01:00:00.000Z' })
}

it('a 重大紧急 damage report reaches the street staff and the leader before the report is answered', async () => {
  for (const u of [DEMO.staffBachuan, DEMO.leaderBachuan]) await consent(u, 'disasterMajor')
  ok(await env.call(DEMO.staffBachuan, 'disaster.declare', { eventId: 'de-urgent', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' }))
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  ok(await env.call(DEMO.inspectorYulong, 'disaster.report', { reportId: 'dr-urgent', eventId: 'de-urgent', houseId: house!._id, damage: 'collapsed', peopleAffected: 3, measures: '已转移', major: true, photos: [await uploadPhoto(env, DEMO.inspectorYulong)] }))
  // No tick has run: the call itself handed them to WeChat.
  expect(sent.filter((m) => m.kind === 'disasterMajor').map((m) => m.userId).sort()).toEqual([DEMO.leaderBachuan, DEMO.staffBachuan].sort())
})

it('a red warning reaches the inspectors at once; a family in a D house hears it when the patrol tasks are made', async () => {
  await consent(DEMO.inspectorYulong, 'emergencyPatrol')
  await consent(DEMO.farmerYulong, 'weatherWarning')
  const farmer = (await env.rt.store.collection('users').get(DEMO.farmerYulong))!
  const [home] = await env.rt.store.collection('houses').find({ where: { householdId: farmer.householdId! } })
  await env.rt.store.collection('houses').update(home!._id, { grade: 'D', occupancy: 'occupied' })
  const alert = ok(await env.call(DEMO.staffBachuan, 'alert.issue', { alertId: 'al-urgent', eventType: '1003', color: 'red', villageIds: ['v-yulong'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨红色预警' }))
  expect(sent.map((m) => [m.userId, m.kind])).toEqual([[DEMO.inspectorYulong, 'emergencyPatrol']])
  ok(await env.call(DEMO.staffBachuan, 'campaign.step', { campaignId: alert.campaignId! }))
  expect(sent.find((m) => m.userId === DEMO.farmerYulong)).toMatchObject({ kind: 'weatherWarning', title: '暴雨红色预警：请马上离开危房' })
})

it('an orange warning is not urgent: it waits for the tick', async () => {
  await consent(DEMO.inspectorYulong, 'emergencyPatrol')
  ok(await env.call(DEMO.staffBachuan, 'alert.issue', { alertId: 'al-orange', eventType: '1003', color: 'orange', villageIds: ['v-yulong'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨橙色预警' }))
  expect(sent).toEqual([])
  const pending = (await env.rt.store.collection('outbox').find({ where: { userId: DEMO.inspectorYulong } })).filter((m) => m.kind === 'emergencyPatrol')
  expect(pending.map((m) => m.status)).toEqual(['pending'])
})

it('an urgent message WeChat cannot take now stays pending for the tick, and the action still answers', async () => {
  await consent(DEMO.inspectorYulong, 'emergencyPatrol')
  env.rt.deps.notifier = { deliver: async () => Promise.reject(new Error('network down')) }
  const r = await env.call(DEMO.staffBachuan, 'alert.issue', { alertId: 'al-red-down', eventType: '1003', color: 'red', villageIds: ['v-yulong'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨红色预警' })
  expect(r.ok).toBe(true)
  const [m] = (await env.rt.store.collection('outbox').find({ where: { userId: DEMO.inspectorYulong } })).filter((x) => x.kind === 'emergencyPatrol')
  expect(m).toMatchObject({ status: 'pending', attempts: 1 })
})

it('a patrol judging a lived-in house 疑似危房 tells the street staff and the leader before it is answered', async () => {
  for (const u of [DEMO.staffBachuan, DEMO.leaderBachuan]) await consent(u, 'escalation')
  const [house] = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' }, limit: 1 })
  const photo = await uploadPhoto(env, DEMO.inspectorYulong)
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', { patrolId: 'pt-danger', houseId: house!._id, kind: 'routine', patrolledAt: '2026-11-28T09:30:00+08:00', findings: { site: 'ok', foundation: 'ok', walls: 'serious', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }, judgment: 'suspectedDanger', occupied: true, photos: [{ fileId: photo, takenAt: '2026-11-28T09:20:00+08:00', lat: null, lng: null }], gps: null, scannedPlate: false, notes: '' }))
  const told = sent.filter((m) => m.title.startsWith('疑似危房仍有人住'))
  expect(told.map((m) => m.userId).sort()).toEqual([DEMO.leaderBachuan, DEMO.staffBachuan].sort())
  expect(told[0]!.body).toContain('请马上组织撤离')
})
