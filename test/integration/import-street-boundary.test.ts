// A department list imported by one street only ever reads and writes that street's
// villages: a person monitored in another street is an error row that changes nothing, and
// the households "missing" from the list are looked for in the importing street only.
import type { HouseholdDoc } from '../../server/store/docs'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const dongcheng = () =>
  JSON.stringify(env.rt.store.db.prepare(`SELECT _id, rev, doc FROM households WHERE json_extract(doc, '$.streetId') = 's-dongcheng' OR json_extract(doc, '$.villageId') IN ('v-qingshan', 'v-xiaolin') ORDER BY _id`).all())
const dongchengEvents = () =>
  JSON.stringify(env.rt.store.db.prepare(`SELECT _id FROM householdEvents WHERE json_extract(doc, '$.villageId') IN ('v-qingshan', 'v-xiaolin') ORDER BY _id`).all())

async function qingshanHousehold(): Promise<HouseholdDoc> {
  const all = await env.rt.store.collection('households').find({ where: { villageId: 'v-qingshan', status: 'monitored' } })
  const civil = all.find((h) => h.categories.some((c) => ['dibao', 'tekun', 'hardship', 'dibaoEdge'].includes(c)))
  return civil ?? all[0]!
}

it('a 巴川 import never changes a 东城 household', async () => {
  const target = await qingshanHousehold()
  const { value: idNumber } = ok(await env.call(DEMO.staffDongcheng, 'household.reveal', { householdId: target._id, field: 'idNumber' }))
  const before = dongcheng()
  const beforeEvents = dongchengEvents()

  const csv = [LIST_HEADER, ['玉龙村', '1组', '冒名户', idNumber, '', '低保户', 2, '']].map((r) => r.join(',')).join('\r\n')
  const { importId } = await startImport(env, Buffer.from(csv), 'civil', '名单.csv')
  const preview = await runToRest(env, importId)
  expect(preview.phase).toBe('ready')
  expect(preview.counts).toMatchObject({ changed: 0, new: 0, error: 1 })
  expect(preview.villagesCovered).toEqual(['玉龙村'])
  const errors = ok(await env.call(DEMO.staffBachuan, 'import.rows', { importId, kind: 'error' }))
  expect(errors.items.map((e) => e.errors)).toEqual([[{ column: '身份证号', message: '已在东城街道监测，请与该街道核对' }]])
  // Only 玉龙村's own households can be missing from a list that names 玉龙村.
  const missing = ok(await env.call(DEMO.staffBachuan, 'import.rows', { importId, kind: 'missing', pageSize: 100 }))
  expect(new Set(missing.items.map((m) => m.villageName))).toEqual(new Set(['玉龙村']))

  ok(await env.call(DEMO.staffBachuan, 'import.apply', { importId, excludeErrorRows: true, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, DEMO.staffBachuan, importId) }))
  expect((await runToRest(env, importId)).phase).toBe('done')
  expect(dongcheng()).toBe(before)
  expect(dongchengEvents()).toBe(beforeEvents)
})

it('an import job that holds rows of another street writes none of them', async () => {
  // As the unfixed diff left a job: a 青山村 village among its villages, a row moving a 东城
  // household to 玉龙村 and rows dropping 青山村's households. Apply checks every row again.
  const target = await qingshanHousehold()
  const { importId } = await startImport(env, Buffer.from([LIST_HEADER, ['玉龙村', '1组', '新户', validId('50022419620304551'), '', '低保户', 1, '']].map((r) => r.join(',')).join('\r\n')), 'civil', '名单.csv')
  await runToRest(env, importId)
  const rows = env.rt.store.collection('importRows')
  const [template] = await rows.find({ where: { importId } })
  await rows.insert({ ...template!, _id: `${importId}-x1`, seq: 900, kind: 'changed', householdId: target._id, villageId: 'v-yulong', changes: { village: ['青山村', '玉龙村'] }, errors: [] })
  const others = (await env.rt.store.collection('households').find({ where: { villageId: 'v-qingshan', status: 'monitored' } })).filter((h) => h._id !== target._id)
  for (const [i, h] of others.entries()) {
    await rows.insert({ ...template!, _id: `${importId}-x2-${i}`, seq: 10_000_000 + i, rowNumber: null, kind: 'missing', householdId: h._id, villageId: 'v-qingshan', changes: {}, errors: [] })
  }
  const jobs = env.rt.store.collection('imports')
  const job = (await jobs.get(importId))!
  await jobs.update(importId, { villageIds: ['v-qingshan', ...job.villageIds], counts: { ...job.counts, changed: 1, missing: job.counts.missing + others.length } })
  const before = dongcheng()

  ok(await env.call(DEMO.staffBachuan, 'import.apply', { importId, excludeErrorRows: true, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, DEMO.staffBachuan, importId) }))
  expect((await runToRest(env, importId)).phase).toBe('done')
  expect(dongcheng()).toBe(before)
})
