// 做好防灾避险: a warning that starts an emergency patrol also reaches the farmers of the
// village, and a family still living in a C/D house is told to move out now, with the
// village's 安置点, while its inspector is asked to confirm they did.
import { stepCampaign } from '../../server/services/alerts/campaigns'
import type { HouseDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { killedAt } from '../support/killed-store'
import { noticeId } from '../../server/services/notify/enqueue'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

async function redRain(villageIds: string[], alertId = 'al-red-rain') {
  const alert = ok(await env.call(DEMO.staffBachuan, 'alert.issue', { alertId, eventType: '1003', color: 'red', villageIds, startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨红色预警' }))
  let c = (await env.rt.store.collection('campaigns').get(alert.campaignId!))!
  while (c.status === 'running') c = await stepCampaign(env.rt.deps, c, Date.now() + 5000)
  return c
}

const warningsOf = async (userId: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).filter((m) => m.kind === 'weatherWarning')

async function farmerHouse(userId: string): Promise<HouseDoc> {
  const farmer = (await env.rt.store.collection('users').get(userId))!
  const [house] = await env.rt.store.collection('houses').find({ where: { householdId: farmer.householdId! } })
  return house!
}

it('a farmer of a village under a red rainstorm warning is told what to watch for and where to go', async () => {
  const house = await farmerHouse(DEMO.farmerYulong)
  await env.rt.store.collection('houses').update(house._id, { grade: 'A', occupancy: 'occupied' })
  ok(await env.call(DEMO.staffBachuan, 'shelter.save', { shelterId: 'sh-yulong-1', villageId: 'v-yulong', name: '玉龙村村委会', address: '玉龙村1组', contact: '值班室', phone: '023-45678901', capacity: 40 }))
  await redRain(['v-yulong'])
  const [warning, ...more] = await warningsOf(DEMO.farmerYulong)
  expect(more).toEqual([])
  expect(warning!.title).toBe('暴雨红色预警：注意房屋安全')
  expect(warning!.body).toContain('玉龙村村委会（玉龙村1组，值班室 023-45678901）')
})

it('a family in an occupied D house is told to leave now, and its inspector gets a task to confirm they moved', async () => {
  const house = await farmerHouse(DEMO.farmerYulong)
  await env.rt.store.collection('houses').update(house._id, { grade: 'D', occupancy: 'occupied' })
  const campaign = await redRain(['v-yulong'])
  const [warning] = await warningsOf(DEMO.farmerYulong)
  expect(warning!.title).toBe('暴雨红色预警：请马上离开危房')
  expect(warning!.body).toContain('D级危房')
  expect(warning!.body).toContain('请问村巡查员')
  const [task] = await env.rt.store.collection('tasks').find({ where: { householdId: house.householdId, kind: 'evacuationConfirm' } })
  expect(task).toMatchObject({ villageId: 'v-yulong', houseId: house._id, status: 'open', dueAt: campaign.dueAt })
  const listed = ok(await env.call(DEMO.inspectorYulong, 'task.list', { status: 'open' }))
  expect(listed.items.some((t) => t.id === task!._id && t.kind === 'evacuationConfirm')).toBe(true)
  // The campaign's patrol progress counts only the patrol tasks.
  expect(campaign.tasksCreated).toBe(await env.rt.store.collection('tasks').count({ campaignId: campaign._id }))
})

it('a farmer outside the warning\'s villages hears nothing, and a campaign run again sends nothing twice', async () => {
  const campaign = await redRain(['v-yulong'])
  expect(await warningsOf(DEMO.farmerYulong)).toHaveLength(1)
  const shiziFarmer = (await env.rt.store.collection('users').find({ where: { grantKeys: { $has: 'farmer@v-shizi' } } }))[0]!
  expect(await warningsOf(shiziFarmer._id)).toEqual([])
  await env.rt.store.collection('campaigns').update(campaign._id, { status: 'running', cursor: { village: 0, afterId: '' } })
  let c = (await env.rt.store.collection('campaigns').get(campaign._id))!
  while (c.status === 'running') c = await stepCampaign(env.rt.deps, c, Date.now() + 5000)
  expect(await warningsOf(DEMO.farmerYulong)).toHaveLength(1)
})

it('a farmer sees his own village\'s 安置点; the street keeps the list', async () => {
  ok(await env.call(DEMO.staffBachuan, 'shelter.save', { shelterId: 'sh-yulong-1', villageId: 'v-yulong', name: '玉龙村村委会', address: '玉龙村1组', contact: '值班室', phone: '023-45678901', capacity: 40 }))
  ok(await env.call(DEMO.staffBachuan, 'shelter.save', { shelterId: 'sh-shizi-1', villageId: 'v-shizi', name: '狮子村小学', address: '狮子村3组', contact: '张老师', phone: '13812345678', capacity: null }))
  expect(ok(await env.call(DEMO.farmerYulong, 'shelter.list', {})).map((s) => s.name)).toEqual(['玉龙村村委会'])
  expect(ok(await env.call(DEMO.inspectorYulong, 'shelter.list', {})).map((s) => s.name)).toEqual(['玉龙村村委会'])
  expect((await env.call(DEMO.farmerYulong, 'shelter.list', { villageId: 'v-shizi' })).ok).toBe(false)
  ok(await env.call(DEMO.staffBachuan, 'shelter.remove', { shelterId: 'sh-yulong-1' }))
  expect(ok(await env.call(DEMO.farmerYulong, 'shelter.list', {}))).toEqual([])
  const dongcheng = await env.call(DEMO.staffDongcheng, 'shelter.save', { shelterId: 'sh-x', villageId: 'v-yulong', name: '越界', address: '无', contact: '无', phone: '13812345678', capacity: null })
  expect(dongcheng.ok ? 'ok' : dongcheng.code).toBe('FORBIDDEN')
})

it('a campaign step killed after its tasks but before its warnings, run again, warns each family once and makes each task once', async () => {
  const house = await farmerHouse(DEMO.farmerYulong)
  await env.rt.store.collection('houses').update(house._id, { grade: 'D', occupancy: 'occupied' })
  const alert = ok(await env.call(DEMO.staffBachuan, 'alert.issue', { alertId: 'al-killed', eventType: '1003', color: 'red', villageIds: ['v-yulong'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨红色预警' }))
  const campaigns = env.rt.store.collection('campaigns')
  let c = (await campaigns.get(alert.campaignId!))!
  while (c.status === 'running') c = await stepCampaign(env.rt.deps, c, Date.now() + 5000)
  // As if the last page had never been written: its warning and evacuation task gone, the cursor back.
  const id = noticeId({ cause: `weather-danger:${c._id}`, userId: DEMO.farmerYulong })
  await env.rt.store.collection('inbox').remove(id)
  await env.rt.store.collection('outbox').remove(id)
  await env.rt.store.collection('tasks').remove(`task-ev-${c._id}-${house._id}`)
  await campaigns.update(c._id, { status: 'running', cursor: { village: 0, afterId: '' }, leaseUntil: 0 })
  c = (await campaigns.get(c._id))!
  const killed = { ...env.rt.deps, store: killedAt(env.rt.deps.store, 'inbox', 'insertMany') }
  await expect(stepCampaign(killed, c, Date.now() + 5000)).rejects.toThrow('function timed out')
  expect(killed.store.killed()).toBe(true)

  await campaigns.update(c._id, { leaseUntil: 0 })
  c = (await campaigns.get(c._id))!
  while (c.status === 'running') c = await stepCampaign(env.rt.deps, c, Date.now() + 5000)
  expect(await warningsOf(DEMO.farmerYulong)).toHaveLength(1)
  expect(await env.rt.store.collection('outbox').count({ _id: id })).toBe(1)
  expect(await env.rt.store.collection('tasks').count({ householdId: house.householdId, kind: 'evacuationConfirm' })).toBe(1)
  const houses = await env.rt.store.collection('houses').count({ villageId: 'v-yulong' })
  expect(c.tasksCreated).toBe(await env.rt.store.collection('tasks').count({ campaignId: c._id }))
  expect(c.tasksCreated).toBeLessThanOrEqual(houses)
})
