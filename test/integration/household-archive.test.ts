// 一户一档: a household's printable archive (household, houses, patrol history, cases with
// their timeline and photos) as a PDF, and the household page's patrol history.
import { archiveContent } from '../../server/services/archive/archive-content'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { aHouseWithoutCase } from '../support/builders'
import { safePatrol, uploadPhoto } from '../support/patrols'
import { demoPhoto } from '../../server/seed/demo-photo'

let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

async function householdWithCase() {
  const house = await aHouseWithoutCase(env)
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(house._id, { patrolledAt: '2026-10-12T09:30:00+08:00' })))
  const photo = await uploadPhoto(env, DEMO.inspectorYulong, demoPhoto(1))
  const patrol = ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(house._id, { patrolledAt: '2026-11-19T09:30:00+08:00', judgment: 'suspectedDanger', photos: [{ fileId: photo, takenAt: '2026-11-19T09:00:00+08:00', lat: null, lng: null }] })))
  const c = ok(await env.call(DEMO.inspectorYulong, 'case.get', { caseId: patrol.caseId! }))
  const evidence = await uploadPhoto(env, DEMO.inspectorYulong, demoPhoto(2))
  ok(await env.call(DEMO.inspectorYulong, 'case.record', { caseId: c.id, entryId: 'arch-1', kind: 'note', note: '墙体裂缝变宽', photos: [evidence] }))
  return house
}

it("the archive holds the household, its houses with their patrol history, and its cases with the timeline and photos", async () => {
  const house = await householdWithCase()
  const hh = (await env.rt.store.collection('households').get(house.householdId))!
  const content = await archiveContent(env.rt.deps, hh)
  const text = JSON.stringify(content)
  expect(content.sections.map((s) => s.heading)).toEqual(['一、户的基本情况', `二、房屋 1：${house.address}`, expect.stringMatching(/^三、隐患案件 1（/)])
  const houseSection = content.sections[1]!
  expect(houseSection.lines.map((l) => l.slice(0, 10))).toEqual(['2026-11-19', '2026-10-12'])
  const caseSection = content.sections[2]!
  expect(caseSection.lines.some((l) => l.includes('墙体裂缝变宽'))).toBe(true)
  expect(caseSection.photos).toHaveLength(1)
  // Personal data only masked.
  expect(text).not.toContain(hh.headName)
  expect(text).toContain(hh.idMasked)

  const file = ok(await env.call(DEMO.staffBachuan, 'household.archive', { householdId: hh._id }))
  expect(file.fileName).toMatch(/^一户一档-玉龙村.\*+\.pdf$/)
  const pdf = (await env.rt.files.get(file.fileId))!.bytes
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  expect(pdf.toString('latin1').match(/\/Subtype \/Image/g)?.length).toBeGreaterThanOrEqual(1)
  expect(await env.rt.store.collection('expiringFiles').find({ where: { fileId: file.fileId } })).toHaveLength(1)
})

it("the archive is made only for a household in the caller's reach", async () => {
  const [hh] = await env.rt.store.collection('households').find({ where: { villageId: 'v-yulong', status: 'monitored' }, limit: 1 })
  expect(await env.call(DEMO.staffDongcheng, 'household.archive', { householdId: hh!._id })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.inspectorShizi, 'household.archive', { householdId: hh!._id })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.farmerYulong, 'household.archive', { householdId: hh!._id })).toFailWith('FORBIDDEN')
  expect(await env.call(DEMO.staffBachuan, 'household.archive', { householdId: 'hh-none' })).toFailWith('NOT_FOUND')
})

it("the household page's patrol history lists the patrols of its houses, newest first", async () => {
  const house = await householdWithCase()
  const patrols = ok(await env.call(DEMO.staffBachuan, 'household.patrols', { householdId: house.householdId }))
  expect(patrols.map((p) => [p.patrolledAt.slice(0, 10), p.judgment])).toEqual([
    ['2026-11-19', 'suspectedDanger'],
    ['2026-10-12', 'safe'],
  ])
})
