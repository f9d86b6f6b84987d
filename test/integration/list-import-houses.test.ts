// The 自建房 census columns of a department list (结构, 层数, 建成年份, 建筑面积, 经度, 纬度):
// a listed household gets its house from them, or its only house is updated, and a bad
// house cell is a row error like any other column.
import type { HouseholdDoc } from '../../server/store/docs'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'
import { xlsxOf } from '../support/sheets'

const STAFF = DEMO.staffBachuan
const HEADER = [...LIST_HEADER, '结构', '层数', '建成年份', '建筑面积', '经度', '纬度']
let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const houses = () => env.rt.store.collection('houses')
const households = () => env.rt.store.collection('households')

async function importAndApply(rows: Array<Array<string | number>>) {
  const { importId } = await startImport(env, await xlsxOf([HEADER, ...rows]), 'revitalization')
  const preview = await runToRest(env, importId)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '乡村振兴名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  return { importId, preview, done: await runToRest(env, importId) }
}

/** A monitored household of 玉龙村 with exactly `n` houses still monitored. */
async function householdWithHouses(n: number): Promise<HouseholdDoc> {
  for (const h of await households().find({ where: { villageId: 'v-yulong', status: 'monitored' } })) {
    if ((await houses().find({ where: { householdId: h._id } })).filter((x) => !x.retiredAt).length === n) return h
  }
  throw new Error(`no household with ${n} houses`)
}

const rowOf = (h: HouseholdDoc, house: Array<string | number>) => ['玉龙村', h.group, h.headName, env.rt.deps.personal.open(h.idEnc), '', '易返贫致贫户', h.members, '', ...house]

it('a list with house columns registers the houses of new households', async () => {
  const id = validId('50022419610304551')
  const { preview, done } = await importAndApply([['玉龙村', '2组', '李新户', id, '', '易返贫致贫户', 2, '玉龙村2组8号', '砖混', 2, 1998, '120.5', '107.71', '29.8']])
  expect(preview.counts).toMatchObject({ new: 1, error: 0 })
  expect(done.phase).toBe('done')
  const [hh] = await households().find({ where: { idHash: env.rt.deps.personal.seal(id).hash } })
  expect(hh!.houseCount).toBe(1)
  const [house] = await houses().find({ where: { householdId: hh!._id } })
  expect(house).toMatchObject({ structure: 'brick', floors: 2, yearBuilt: 1998, floorAreaCm2: 1205000, lng: 107.71, lat: 29.8, noGps: false, villageId: 'v-yulong', address: '玉龙村2组8号', registeredBy: STAFF })
  expect(ok(await env.call(STAFF, 'house.history', { houseId: house!._id }))).toHaveLength(1)
})

it("house columns update a household's only house and leave a history entry", async () => {
  const hh = await householdWithHouses(1)
  const [before] = (await houses().find({ where: { householdId: hh._id } })).filter((x) => !x.retiredAt)
  const year = before!.yearBuilt === 1985 ? 1986 : 1985
  const { importId, preview, done } = await importAndApply([rowOf(hh, ['框架结构', 3, year, 99.25, '', ''])])
  expect(preview.counts).toMatchObject({ changed: 1, error: 0 })
  const changed = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'changed' }))
  expect(changed.items[0]!.changes).toContainEqual(expect.objectContaining({ field: 'house', label: '房屋' }))
  expect(done.phase).toBe('done')

  const after = await houses().get(before!._id)
  expect(after).toMatchObject({ structure: 'frame', floors: 3, yearBuilt: year, floorAreaCm2: 992500, lat: before!.lat, lng: before!.lng, rev: (before!.rev ?? 1) + 1 })
  expect((await households().get(hh._id))!.houseCount).toBe(1)
  const [latest] = ok(await env.call(STAFF, 'house.history', { houseId: before!._id }))
  expect(latest).toMatchObject({ kind: 'edited' })
  expect(latest!.changes).toContainEqual(expect.objectContaining({ field: 'yearBuilt', after: `${year} 年` }))
  const audit = env.rt.store.db.prepare(`SELECT doc FROM audit WHERE json_extract(doc, '$.action') = 'house.edit' AND json_extract(doc, '$.subjectId') = ?`).all(before!._id)
  expect(audit).toHaveLength(1)
  expect(JSON.parse((audit[0] as { doc: string }).doc).actorId).toBe(STAFF)
})

it('a bad structure or year is a row error and writes nothing', async () => {
  const hh = await householdWithHouses(1)
  const newId = validId('50022419610304552')
  const { importId } = await startImport(
    env,
    await xlsxOf([HEADER, rowOf(hh, ['茅草房', 2, 1990, 80, '', '']), ['玉龙村', '2组', '张新户', newId, '', '易返贫致贫户', 2, '', '砖混结构', 2, 2031, 80, '', '']]),
    'revitalization',
  )
  const preview = await runToRest(env, importId)
  expect(preview.counts).toMatchObject({ error: 2, new: 0, changed: 0 })
  const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
  expect(errors.items.map((r) => r.errors[0]!.column).sort()).toEqual(['建成年份', '结构'])
  const before = JSON.stringify(env.rt.store.db.prepare('SELECT * FROM houses ORDER BY _id').all())
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: true, removalReason: '乡村振兴名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  await runToRest(env, importId)
  expect(JSON.stringify(env.rt.store.db.prepare('SELECT * FROM houses ORDER BY _id').all())).toBe(before)
  expect(await households().find({ where: { idHash: env.rt.deps.personal.seal(newId).hash } })).toHaveLength(0)
})

it('a household with several houses and house columns is a row error', async () => {
  const hh = await householdWithHouses(2)
  const { importId } = await startImport(env, await xlsxOf([HEADER, rowOf(hh, ['砖混结构', 2, 1990, 80, '', ''])]), 'revitalization')
  expect((await runToRest(env, importId)).counts.error).toBe(1)
  const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
  expect(errors.items[0]!.errors[0]!.message).toBe('这户有几栋房屋，请在小程序里逐栋修改')
})
