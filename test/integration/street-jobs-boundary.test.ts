// Every street-scoped job reads only its street's villages and households: the ledger
// export, the quarterly report, the plate sheets and emergency patrol campaigns. The household moved here is what the
// unfixed list import left behind: a 东城 household (streetId still 东城) sitting in 玉龙村.
import QRCode from 'qrcode'
import type { HouseholdDoc } from '../../server/store/docs'
import { stepCampaign } from '../../server/services/alerts/campaigns'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { readXlsx } from '../support/sheets'

let env: TestEnv
let stray: HouseholdDoc
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-20T10:00:00+08:00' })
  env.rt.deps.codes = { image: async () => Buffer.from('89504e47', 'hex') }
  const households = env.rt.store.collection('households')
  stray = (await households.find({ where: { villageId: 'v-qingshan', status: 'monitored' } }))[0]!
  await households.update(stray._id, { villageId: 'v-yulong' })
  const houses = env.rt.store.collection('houses')
  for (const h of await houses.find({ where: { householdId: stray._id } })) await houses.update(h._id, { villageId: 'v-yulong', grade: 'D', occupancy: 'occupied' })
})
afterEach(() => env.close())

async function fileRows(fileId: string): Promise<string[][]> {
  return readXlsx((await env.rt.files.get(fileId))!.bytes)
}

it("a street's ledger export holds only that street's households", async () => {
  // The account of M1: staff of 东城 and inspector of 玉龙村 at once.
  await env.rt.store.collection('users').insert({
    _id: 'u-two-streets',
    name: '两街道账号',
    openid: null,
    grants: [{ role: 'staff', orgId: 's-dongcheng' }, { role: 'inspector', orgId: 'v-yulong' }],
    grantKeys: ['staff@s-dongcheng', 'inspector@v-yulong'],
    householdId: null,
    disabled: false,
    createdAt: '2026-11-01T00:00:00.000Z',
  })
  const dongcheng = ok(await env.call('u-two-streets', 'ledger.export', {}))
  expect(dongcheng.fileName).toMatch(/^东城街道监测台账/)
  const villages = new Set((await fileRows(dongcheng.fileId)).slice(1).map((r) => r[1]))
  expect(villages.has('小林村')).toBe(true)
  expect([...villages].filter((v) => v !== '小林村' && v !== '青山村')).toEqual([])

  const bachuan = ok(await env.call(DEMO.staffBachuan, 'ledger.export', {}))
  expect((await fileRows(bachuan.fileId)).map((r) => r[0])).not.toContain(stray._id)
  const yulong = ok(await env.call(DEMO.staffBachuan, 'ledger.export', { villageId: 'v-yulong' }))
  expect((await fileRows(yulong.fileId)).map((r) => r[0])).not.toContain(stray._id)
})

it("a quarterly report reads only its street's villages and households", async () => {
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-q4', quarter: '2026-Q4' }))
  // A village list that names another street's village (the org tree changed, or an
  // earlier version wrote it) is checked, not trusted.
  const reports = env.rt.store.collection('reports')
  await reports.update('rep-q4', { villageIds: [...(await reports.get('rep-q4'))!.villageIds, 'v-qingshan', 'v-xiaolin'] })
  const houses = env.rt.store.collection('houses')
  for (const h of await houses.find({ where: { villageId: 'v-xiaolin' } })) await houses.update(h._id, { grade: 'D', occupancy: 'occupied' })
  let r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyGet', { reportId: 'rep-q4' }))
  for (let i = 0; i < 50 && r.phase !== 'done' && r.phase !== 'failed'; i++) r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStep', { reportId: 'rep-q4' }))
  expect(r.phase).toBe('done')
  const wb = (await import('exceljs')).default
  const book = new wb.Workbook()
  await book.xlsx.load((await env.rt.files.get(r.file!.fileId))!.bytes as never)
  const detail: string[][] = []
  book.worksheets[1]!.eachRow((row) => detail.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
  const villages = new Set(detail.slice(1).map((row) => row[0]))
  expect(villages.has('青山村') || villages.has('小林村')).toBe(false)
  expect(detail.map((row) => row[5])).not.toContain((await env.rt.store.collection('houses').find({ where: { householdId: stray._id } }))[0]!.address)
})

it("a plate sheet prints only its street's houses", async () => {
  const scenes: string[] = []
  const png = await QRCode.toBuffer('plate', { width: 60 })
  env.rt.deps.codes = { image: async (_page, scene) => (scenes.push(scene), png) }
  const sheet = ok(await env.call(DEMO.staffBachuan, 'plates.sheet', { villageId: 'v-yulong' }))
  const strayHouses = await env.rt.store.collection('houses').find({ where: { householdId: stray._id } })
  expect(strayHouses.length).toBeGreaterThan(0)
  for (const h of strayHouses) expect(scenes).not.toContain(`h=${h._id}`)
  const own = (await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })).filter((h) => h.householdId !== stray._id)
  expect(sheet.plates).toBeLessThanOrEqual(own.length)
})

/** Staff of two streets in one account (each street's staff invited the same person). */
const twoStreets = () =>
  env.rt.store.collection('users').insert({
    _id: 'u-staff-two-streets',
    name: '两街道建管办',
    openid: null,
    grants: [{ role: 'staff', orgId: 's-bachuan' }, { role: 'staff', orgId: 's-dongcheng' }],
    grantKeys: ['staff@s-bachuan', 'staff@s-dongcheng'],
    householdId: null,
    disabled: false,
    createdAt: '2026-11-01T00:00:00.000Z',
  })

describe('an emergency patrol campaign', () => {
  const issue = (userId: string, villageIds: string[]) =>
    env.call(userId, 'alert.issue', { alertId: 'al-x', eventType: '1003', color: 'red', villageIds, startsAt: '2026-11-20T10:00:00+08:00', endsAt: '2026-11-21T10:00:00+08:00', text: '暴雨预警' })

  it("is issued for one street's villages only", async () => {
    await twoStreets()
    const before = env.snapshot()
    const r = await issue('u-staff-two-streets', ['v-yulong', 'v-qingshan'])
    expect(r.ok ? 'ok' : [r.code, r.message]).toEqual(['VALIDATION', '预警只能发给同一个街道的村（社区），请分街道发布'])
    expect(env.snapshot()).toBe(before)
  })

  it("never makes tasks in another street's village", async () => {
    const alert = ok(await issue(DEMO.staffBachuan, ['v-yulong']))
    const campaigns = env.rt.store.collection('campaigns')
    // A village list that names another street's village is checked, not trusted.
    await campaigns.update(alert.campaignId!, { villageIds: ['v-qingshan', 'v-yulong'], cursor: { village: 0, afterId: '' } })
    let c = (await campaigns.get(alert.campaignId!))!
    for (let i = 0; i < 20 && c.status === 'running'; i++) c = await stepCampaign(env.rt.deps, c, Date.now() + 5000)
    const tasks = await env.rt.store.collection('tasks').find({ where: { campaignId: c._id } })
    expect(tasks.length).toBeGreaterThan(0)
    expect(tasks.filter((t) => t.villageId !== 'v-yulong' || t.streetId !== 's-bachuan')).toEqual([])
  })
})

describe('a street random sample', () => {
  it("draws from one street's villages only", async () => {
    await twoStreets()
    const drawn = ok(await env.call('u-staff-two-streets', 'sample.draw', { sampleId: 'smp-1', month: '2026-11', mode: 'count', value: 1 }))
    const names = drawn.villages.map((v) => v.villageName)
    expect(names).toContain('玉龙村')
    expect(names.filter((n) => n === '青山村' || n === '小林村')).toEqual([])
    const foreignTasks = env.rt.store.db.prepare(`SELECT _id FROM tasks WHERE json_extract(doc, '$.kind') = 'streetPatrol' AND json_extract(doc, '$.villageId') IN ('v-qingshan', 'v-xiaolin')`).all()
    expect(foreignTasks).toEqual([])

    const before = env.snapshot()
    const mixed = await env.call('u-staff-two-streets', 'sample.draw', { sampleId: 'smp-2', month: '2026-11', villageIds: ['v-yulong', 'v-qingshan'], mode: 'count', value: 1 })
    expect(mixed.ok ? 'ok' : [mixed.code, mixed.message]).toEqual(['VALIDATION', '抽查只能在同一个街道的村（社区）中进行，请分街道抽取'])
    expect(env.snapshot()).toBe(before)
  })
})

it("a disaster is declared for one street's villages only", async () => {
  await twoStreets()
  const before = env.snapshot()
  const r = await env.call('u-staff-two-streets', 'disaster.declare', { eventId: 'de-x', kind: 'flood', occurredAt: '2026-11-20T06:00:00+08:00', villageIds: ['v-yulong', 'v-qingshan'], description: '洪水' })
  expect(r.ok ? 'ok' : [r.code, r.message]).toEqual(['VALIDATION', '灾情只能登记同一个街道的村（社区），请分街道登记'])
  expect(env.snapshot()).toBe(before)
  // Each street's villages on their own are fine.
  ok(await env.call('u-staff-two-streets', 'disaster.declare', { eventId: 'de-y', kind: 'flood', occurredAt: '2026-11-20T06:00:00+08:00', villageIds: ['v-qingshan'], description: '洪水' }))
})
