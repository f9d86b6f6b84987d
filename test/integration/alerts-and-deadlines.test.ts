// Channel 4 and the deadlines: extreme weather starts emergency patrols, disasters are
// reported within 3 days, and the scheduler reminds before and escalates after.
import type { Message } from '../../server/ports/notifier'
import type { HouseDoc, TaskDoc } from '../../server/store/docs'
import { runTick } from '../../server/jobs/tick'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { uploadPhoto } from '../support/patrols'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 8, now: '2026-11-28T10:00:00+08:00' })
})
afterEach(() => env.close())

const STAFF = DEMO.staffBachuan
const THREE = ['v-yulong', 'v-shizi', 'v-jinlong']

async function monitoredHouses(villageIds: string[]): Promise<HouseDoc[]> {
  const out: HouseDoc[] = []
  for (const v of villageIds) {
    const monitored = new Set((await env.rt.store.collection('households').find({ where: { villageId: v, status: 'monitored' } })).map((h) => h._id))
    out.push(...(await env.rt.store.collection('houses').find({ where: { villageId: v } })).filter((h) => monitored.has(h.householdId)))
  }
  return out
}

const issue = (color: 'red' | 'orange' | 'yellow', alertId = 'al-red-1', villageIds = THREE) =>
  env.call(STAFF, 'alert.issue', { alertId, eventType: '1003', color, villageIds, startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨预警' })

describe('a red 暴雨 alert over three villages', () => {
  it('creates one emergency patrol task for exactly every monitored house of those villages', async () => {
    const alert = ok(await issue('red'))
    env.rt.deps.config.chunkBudgetMs = 1
    let campaign = (await env.rt.store.collection('campaigns').get(alert.campaignId!))!
    let chunks = 0
    while (campaign.status === 'running') {
      campaign = await stepCampaign(env.rt.deps, campaign, Date.now())
      chunks++
    }
    const tasks = await env.rt.store.collection('tasks').find({ where: { campaignId: campaign._id } })
    expect(tasks.map((t) => t.houseId).sort()).toEqual((await monitoredHouses(THREE)).map((h) => h._id).sort())
    expect(chunks).toBeGreaterThanOrEqual(3)
    expect(tasks.every((t) => t.kind === 'emergencyPatrol' && t.dueAt === '2026-11-29T02:00:00.000Z')).toBe(true)
  })

  it('notifies each inspector of those villages once, in the inbox', async () => {
    ok(await issue('red'))
    ok(await issue('red'))
    for (const v of THREE) {
      const inbox = await env.rt.store.collection('inbox').find({ where: { userId: `u-insp-${v.slice(2)}` } })
      expect(inbox.map((m) => m.kind)).toEqual(['emergencyPatrol'])
    }
    expect(await env.rt.store.collection('inbox').count({ userId: 'u-insp-baima' })).toBe(0)
  })

  it('a chunk run twice creates no duplicate task', async () => {
    const alert = ok(await issue('red'))
    const col = env.rt.store.collection('campaigns')
    const fresh = (await col.get(alert.campaignId!))!
    await stepCampaign(env.rt.deps, fresh, Date.now() + 5000)
    // The same chunk again, from the cursor it started at, as after a crash.
    await col.update(fresh._id, { status: 'running', cursor: { village: 0, afterId: '' }, leaseUntil: 0 })
    await stepCampaign(env.rt.deps, (await col.get(fresh._id))!, Date.now() + 5000)
    const tasks = await env.rt.store.collection('tasks').find({ where: { campaignId: fresh._id } })
    expect(new Set(tasks.map((t) => t.houseId)).size).toBe(tasks.length)
    expect(tasks.length).toBe((await monitoredHouses(THREE)).length)
    expect(ok(await env.call(STAFF, 'campaign.get', { campaignId: fresh._id }))).toMatchObject({ status: 'done', tasksCreated: tasks.length, villagesDone: 3 })
  })
})

it('an orange 暴雨 alert covers only B/C/D houses and open cases', async () => {
  const alert = ok(await issue('orange', 'al-orange-1'))
  const c = (await env.rt.store.collection('campaigns').get(alert.campaignId!))!
  await stepCampaign(env.rt.deps, c, Date.now() + 5000)
  const tasks = await env.rt.store.collection('tasks').find({ where: { campaignId: c._id } })
  const risky = (await monitoredHouses(THREE)).filter((h) => ['B', 'C', 'D'].includes(h.grade ?? '') || h.openCaseId)
  expect(tasks.map((t) => t.houseId).sort()).toEqual(risky.map((h) => h._id).sort())
})

it('a yellow alert that no rule names starts no campaign', async () => {
  expect(ok(await issue('yellow', 'al-yellow-1')).campaignId).toBeNull()
})

it('a warning read from the weather source is applied once however often it is polled', async () => {
  const fs = await import('node:fs')
  const path = await import('node:path')
  fs.writeFileSync(path.join(env.dataDir, 'weather-alerts.json'), JSON.stringify([{ id: 'qw-20261128-1', messageType: 'alert', supersedes: [], eventType: '1003', color: 'red', startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', headline: '铜梁区气象台发布暴雨红色预警' }]))
  const first = await runTick(env.rt.deps)
  const second = await runTick(env.rt.deps)
  expect(first.weather.applied).toBeGreaterThan(0)
  expect(second.weather.applied).toBe(0)
  const list = ok(await env.call(STAFF, 'alert.list', { activeOnly: true }))
  expect(list.map((a) => a.text)).toContain('铜梁区气象台发布暴雨红色预警')
})

describe('a fake-clock month of deadlines', () => {
  const kindsFor = async (userId: string) => (await env.rt.store.collection('inbox').find({ where: { userId }, orderBy: [['userId', 'asc'], ['createdAt', 'desc']] })).map((m) => m.title)

  it('a disaster report not in by day 3 is escalated on day 4, once', async () => {
    ok(await env.call(STAFF, 'disaster.declare', { eventId: 'de-flood', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong', 'v-shizi'], description: '山洪' }))
    // 玉龙村 reports in time.
    const [house] = await monitoredHouses(['v-yulong'])
    ok(await env.call(DEMO.inspectorYulong, 'disaster.report', { reportId: 'dr-1', eventId: 'de-flood', houseId: house!._id, damage: 'severe', peopleAffected: 3, measures: '已转移', major: false, photos: [await uploadPhoto(env, DEMO.inspectorYulong)] }))
    ok(await env.call(DEMO.inspectorYulong, 'disaster.villageDone', { eventId: 'de-flood', villageId: 'v-yulong', note: '' }))

    for (const day of ['2026-11-29', '2026-11-30', '2026-12-01']) {
      env.clock.set(`${day}T09:00:00+08:00`)
      await runTick(env.rt.deps)
    }
    expect((await kindsFor(STAFF)).filter((t) => t.includes('灾损上报逾期'))).toEqual([])
    expect((await kindsFor('u-insp-shizi')).filter((t) => t.includes('灾损上报'))).toHaveLength(1)

    env.clock.set('2026-12-02T09:00:00+08:00')
    await runTick(env.rt.deps)
    await runTick(env.rt.deps)
    const staffTitles = (await kindsFor(STAFF)).filter((t) => t.includes('灾损上报逾期'))
    const leaderTitles = (await kindsFor(DEMO.leaderBachuan)).filter((t) => t.includes('灾损上报逾期'))
    expect([staffTitles.length, leaderTitles.length]).toEqual([1, 1])
    const view = ok(await env.call(STAFF, 'disaster.get', { eventId: 'de-flood' }))
    expect(view.villages.find((v) => v.villageId === 'v-shizi')).toMatchObject({ done: false, overdue: true })
    expect(view.villages.find((v) => v.villageId === 'v-yulong')).toMatchObject({ done: true, overdue: false, reports: 1 })
    expect(view.reports[0]!.caseId).toBeTruthy()
  })

  it('a major emergency reaches street staff and the leader at once', async () => {
    ok(await env.call(STAFF, 'disaster.declare', { eventId: 'de-slide', kind: 'landslide', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '滑坡' }))
    const [house] = await monitoredHouses(['v-yulong'])
    ok(await env.call(DEMO.inspectorYulong, 'disaster.report', { reportId: 'dr-major', eventId: 'de-slide', houseId: house!._id, damage: 'collapsed', peopleAffected: 4, measures: '人员已撤离', major: true, photos: [await uploadPhoto(env, DEMO.inspectorYulong)] }))
    expect((await kindsFor(STAFF)).some((t) => t.startsWith('重大灾情'))).toBe(true)
    expect((await kindsFor(DEMO.leaderBachuan)).some((t) => t.startsWith('重大灾情'))).toBe(true)
  })

  it('monthly patrol reminders fire near month end and escalations after it, once each', async () => {
    const days = ['2026-11-20', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02']
    const remindedOn: string[] = []
    const escalatedOn: string[] = []
    for (const day of days) {
      env.clock.set(`${day}T08:00:00+08:00`)
      const before = { r: (await kindsFor(DEMO.inspectorYulong)).length, e: (await kindsFor(STAFF)).filter((t) => t === '11月月度巡查未完成').length }
      await runTick(env.rt.deps)
      await runTick(env.rt.deps)
      if ((await kindsFor(DEMO.inspectorYulong)).filter((t) => t === '本月巡查还没完成').length > 0 && before.r === 0) remindedOn.push(day)
      // (October, never patrolled in the seed, is escalated at the first tick: not counted here.)
      if ((await kindsFor(STAFF)).filter((t) => t === '11月月度巡查未完成').length > before.e) escalatedOn.push(day)
    }
    expect(remindedOn).toEqual(['2026-11-28'])
    expect(escalatedOn).toEqual(['2026-12-01'])
    expect((await kindsFor(DEMO.inspectorYulong)).filter((t) => t === '本月巡查还没完成')).toHaveLength(1)
  })

  it('each reminder of a task opens the reminded role’s own task list', async () => {
    env.clock.set('2026-12-18T09:00:00+08:00')
    const [house] = await monitoredHouses(['v-yulong'])
    const task = (id: string, kind: TaskDoc['kind']): TaskDoc => ({ _id: id, kind, streetId: 's-bachuan', villageId: 'v-yulong', householdId: house!.householdId, title: kind === 'streetPatrol' ? '街道随机巡查' : '新纳入核查', dueDate: '2026-12-20', status: 'open', createdAt: '', doneAt: null })
    await env.rt.store.collection('tasks').insertMany([task('task-sp-x', 'streetPatrol'), task('task-nl-y', 'newListingCheck')])
    await runTick(env.rt.deps)
    // Task reminders come as the day's digest, which names the task.
    const pageOf = async (userId: string, title: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).filter((m) => m.title === '待办任务提醒' && m.body.includes(title)).map((m) => m.page)
    expect(await pageOf(STAFF, '街道随机巡查')).toEqual(['street/pages/tasks/index'])
    expect(await pageOf(DEMO.inspectorYulong, '新纳入核查')).toEqual(['inspector/pages/tasks/index'])
  })

  it('a new-listing check is in the daily digest before the 20th and in the leader\'s daily escalation digest after it', async () => {
    env.clock.set('2026-12-05T09:00:00+08:00')
    const [house] = await monitoredHouses(['v-yulong'])
    await env.rt.store.collection('tasks').insert({ _id: 'task-nl-x', kind: 'newListingCheck', streetId: 's-bachuan', villageId: 'v-yulong', householdId: house!.householdId, title: '新纳入核查', dueDate: '2026-12-20', status: 'open', createdAt: '', doneAt: null })
    // One digest a day per person and kind (reminder, escalation), naming the task.
    const count = async (userId: string, text: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).filter((m) => ['待办任务提醒', '逾期任务督办'].includes(m.title) && m.body.includes(text)).length
    for (const day of ['2026-12-10', '2026-12-18', '2026-12-19', '2026-12-20', '2026-12-21', '2026-12-22']) {
      env.clock.set(`${day}T09:00:00+08:00`)
      await runTick(env.rt.deps)
      if (day === '2026-12-10') expect(await count(DEMO.inspectorYulong, '新纳入核查')).toBe(0)
      if (day === '2026-12-18') expect(await count(DEMO.inspectorYulong, '新纳入核查')).toBe(1)
      if (day === '2026-12-20') expect(await count(DEMO.leaderBachuan, '新纳入核查')).toBe(0)
      if (day === '2026-12-21') expect(await count(DEMO.leaderBachuan, '新纳入核查')).toBe(1)
    }
    // Reminded on the 18th, 19th and 20th; escalated on the 21st and 22nd: once each day.
    expect(await count(DEMO.inspectorYulong, '新纳入核查')).toBe(3)
    expect(await count(DEMO.leaderBachuan, '新纳入核查')).toBe(2)
  })
})

describe('subscription messages', () => {
  class RecordingNotifier {
    sent: Message[] = []
    answer: { delivered: boolean; channel: string; error?: string } = { delivered: true, channel: 'subscribe' }
    async deliver(m: Message) {
      this.sent.push(m)
      return this.answer
    }
  }

  it('a 43101 answer leaves the message in the inbox and stops that template for that user until he consents again', async () => {
    const notifier = new RecordingNotifier()
    env.rt.deps.notifier = notifier
    env.rt.deps.config.templateIds = { emergencyPatrol: 'TMPL-EMERGENCY' }
    const inspector = DEMO.inspectorYulong
    ok(await env.call(inspector, 'notify.consent', { results: { 'TMPL-EMERGENCY': 'accept' }, longTerm: false }))
    notifier.answer = { delivered: false, channel: 'subscribe', error: 'NO_CONSENT' }
    ok(await issue('red', 'al-a', ['v-yulong']))
    await runTick(env.rt.deps)
    expect(notifier.sent).toHaveLength(1)
    const outbox = await env.rt.store.collection('outbox').find({ where: { userId: inspector, kind: 'emergencyPatrol' } })
    expect(outbox.map((o) => [o.status, o.lastError])).toEqual([['skipped', 'NO_CONSENT']])
    expect((await env.rt.store.collection('consents').get(`${inspector}:emergencyPatrol`))!.remaining).toBe(0)
    const emergencyInbox = async () => (await env.rt.store.collection('inbox').find({ where: { userId: inspector, kind: 'emergencyPatrol', readAt: null } })).length
    expect(await emergencyInbox()).toBe(1)

    // Another alert: nothing is sent to him while he has not consented again.
    ok(await issue('red', 'al-b', ['v-yulong']))
    await runTick(env.rt.deps)
    expect(notifier.sent).toHaveLength(1)
    expect(await emergencyInbox()).toBe(2)

    // He taps "允许" again: the next message goes out, and uses the consent up.
    ok(await env.call(inspector, 'notify.consent', { results: { 'TMPL-EMERGENCY': 'accept' }, longTerm: false }))
    notifier.answer = { delivered: true, channel: 'subscribe' }
    ok(await issue('red', 'al-c', ['v-yulong']))
    await runTick(env.rt.deps)
    expect(notifier.sent).toHaveLength(2)
    expect(notifier.sent[1]!.fields).toMatchObject({ thing1: '暴雨红色预警' })
  })

  it('a transient failure is retried later; the inbox has the message all along', async () => {
    const notifier = { calls: 0, async deliver() { this.calls++; if (this.calls === 1) throw new Error('network'); return { delivered: true, channel: 'subscribe' } } }
    env.rt.deps.notifier = notifier
    env.rt.deps.config.templateIds = { emergencyPatrol: 'TMPL-EMERGENCY' }
    ok(await env.call(DEMO.inspectorYulong, 'notify.consent', { results: { 'TMPL-EMERGENCY': 'accept' }, longTerm: true }))
    ok(await issue('red', 'al-r', ['v-yulong']))
    await runTick(env.rt.deps)
    await runTick(env.rt.deps)
    expect(notifier.calls).toBe(1)
    env.clock.advanceDays(0.01)
    await runTick(env.rt.deps)
    expect(notifier.calls).toBe(2)
    const [o] = await env.rt.store.collection('outbox').find({ where: { userId: DEMO.inspectorYulong, kind: 'emergencyPatrol' } })
    expect(o!.status).toBe('sent')
  })
})

describe('an emergency patrol has a deadline like any other', () => {
  const inboxTitles = async (userId: string) => (await env.rt.store.collection('inbox').find({ where: { userId } })).map((m) => `${m.title}｜${m.body}`)

  it('villages with houses left are reminded hours before and escalated to the street and the leader after, once each', async () => {
    const alert = ok(await issue('red', 'al-red-deadline'))
    let campaign = (await env.rt.store.collection('campaigns').get(alert.campaignId!))!
    while (campaign.status === 'running') campaign = await stepCampaign(env.rt.deps, campaign, Date.now())
    // 玉龙村 patrols every house in time; 狮子 and 金龙 do not.
    const yulong = (await env.rt.store.collection('tasks').find({ where: { campaignId: campaign._id, villageId: 'v-yulong' } }))
    for (const t of yulong) {
      ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', { patrolId: `pt-em-${t._id}`, houseId: t.houseId!, kind: 'emergency', taskId: t._id, patrolledAt: '2026-11-28T10:00:00+08:00', findings: { site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'ok', roof: 'ok', enclosure: 'ok' }, judgment: 'safe', occupied: true, photos: [], gps: null, scannedPlate: false, notes: '' }))
    }
    const due = new Date(campaign.dueAt).getTime()
    env.clock.set(new Date(due - 5 * 3600_000).toISOString())
    await runTick(env.rt.deps)
    expect((await inboxTitles(DEMO.inspectorShizi)).filter((t) => t.startsWith('应急巡查快到期限'))).toHaveLength(0)

    env.clock.set(new Date(due - 2 * 3600_000).toISOString())
    await runTick(env.rt.deps)
    await runTick(env.rt.deps)
    const shiziReminders = (await inboxTitles(DEMO.inspectorShizi)).filter((t) => t.startsWith('应急巡查快到期限'))
    expect(shiziReminders).toHaveLength(1)
    expect(shiziReminders[0]).toMatch(/还有 \d+ 户房屋没有应急巡查/)
    expect((await inboxTitles(DEMO.inspectorYulong)).filter((t) => t.startsWith('应急巡查快到期限'))).toHaveLength(0)

    env.clock.set(new Date(due + 3600_000).toISOString())
    await runTick(env.rt.deps)
    await runTick(env.rt.deps)
    for (const user of [STAFF, DEMO.leaderBachuan]) {
      const escalations = (await inboxTitles(user)).filter((t) => t.startsWith('应急巡查逾期'))
      expect(escalations.map((t) => t.split('｜')[1]!.slice(0, 3)).sort()).toEqual(['狮子村', '金龙村'].sort())
    }
  })
})

describe('a damage report after the due date', () => {
  it('is marked late on the report and in the village figures, and the street and the leader hear of it once — even after 上报完毕', async () => {
    ok(await env.call(STAFF, 'disaster.declare', { eventId: 'de-late', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' }))
    ok(await env.call(DEMO.inspectorYulong, 'disaster.villageDone', { eventId: 'de-late', villageId: 'v-yulong', note: '本村无受损' }))
    env.clock.set('2026-12-03T09:00:00+08:00')
    const houses = await monitoredHouses(['v-yulong'])
    for (const [i, h] of houses.slice(0, 2).entries()) {
      ok(await env.call(DEMO.inspectorYulong, 'disaster.report', { reportId: `dr-late-${i}`, eventId: 'de-late', houseId: h._id, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [await uploadPhoto(env, DEMO.inspectorYulong)] }))
    }
    const view = ok(await env.call(STAFF, 'disaster.get', { eventId: 'de-late' }))
    expect(view.reports.map((r) => r.late)).toEqual([true, true])
    expect(view.villages[0]).toMatchObject({ reports: 2, lateReports: 2, done: true })
    for (const user of [STAFF, DEMO.leaderBachuan]) {
      const late = (await env.rt.store.collection('inbox').find({ where: { userId: user } })).filter((m) => m.title === '洪涝灾损逾期上报')
      expect(late).toHaveLength(1)
    }
  })

  it('a report within the days allowed is not late', async () => {
    ok(await env.call(STAFF, 'disaster.declare', { eventId: 'de-ontime', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' }))
    const [house] = await monitoredHouses(['v-yulong'])
    ok(await env.call(DEMO.inspectorYulong, 'disaster.report', { reportId: 'dr-ontime', eventId: 'de-ontime', houseId: house!._id, damage: 'general', peopleAffected: 1, measures: '', major: false, photos: [await uploadPhoto(env, DEMO.inspectorYulong)] }))
    expect(ok(await env.call(STAFF, 'disaster.get', { eventId: 'de-ontime' })).reports[0]!.late).toBe(false)
  })
})
