// 档案编号: each household has a file number people can read out and write down — its
// village's code and a number counted up per street — made when the household is created,
// never reused, unique in the street even when two imports run at once. The ledger shows
// it, an import accepts it (and, for old exports, the internal id), and the households
// written before it existed get theirs from a migration, in a stable order.
import type { HouseholdDoc } from '../../server/store/docs'
import { migrate } from '../../server/store/migrations'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { readXlsx, xlsxOf } from '../support/sheets'

const STAFF = DEMO.staffBachuan
const FILE_NO = /^\d{3}-\d{5}$/
let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 4, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const households = () => env.rt.store.collection('households').find({ limit: 5000 })
const inStreet = async (streetId: string) => (await households()).filter((h) => h.streetId === streetId)

async function importNew(village: string, idPrefix: string, n: number): Promise<string> {
  const rows = Array.from({ length: n }, (_, i) => [village, '1组', `新户${idPrefix}${i}`, validId(`${idPrefix}${String(i).padStart(3, '0')}`), '', '脱贫户', 3, ''])
  const { importId } = await startImport(env, await xlsxOf([LIST_HEADER, ...rows]), 'revitalization', `${village}名单.xlsx`)
  await runToRest(env, importId)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '乡村振兴名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  return importId
}

it('every demo household has a file number: its village code and a street sequence, unique in the street', async () => {
  const all = await inStreet('s-bachuan')
  expect(all.every((h) => FILE_NO.test(h.fileNo))).toBe(true)
  expect(new Set(all.map((h) => h.fileNo)).size).toBe(all.length)
  const yulong = (await env.rt.store.collection('orgs').get('v-yulong'))!
  expect(all.filter((h) => h.villageId === 'v-yulong').every((h) => h.fileNo.startsWith(`${yulong.code.slice(-3)}-`))).toBe(true)
})

it('an imported household gets the next number of its street when it is created', async () => {
  const before = await inStreet('s-bachuan')
  const top = Math.max(...before.map((h) => Number(h.fileNo.slice(4))))
  await runToRest(env, await importNew('玉龙村', '50022419900101', 2))
  const added = (await inStreet('s-bachuan')).filter((h) => !before.some((b) => b._id === h._id))
  expect(added.map((h) => Number(h.fileNo.slice(4))).sort()).toEqual([top + 1, top + 2])
})

it('two imports applied at the same time never give two households the same number', async () => {
  const a = await importNew('玉龙村', '50022419900201', 6)
  const b = await importNew('狮子村', '50022419900301', 6)
  env.rt.deps.config.importTxRows = 2
  await Promise.all([runToRest(env, a), runToRest(env, b)])
  const all = await inStreet('s-bachuan')
  expect(all.length).toBeGreaterThan(12)
  expect(new Set(all.map((h) => h.fileNo)).size).toBe(all.length)
})

describe('the ledger', () => {
  it('shows the file number in 档案编号, and the exported ledger imports back unchanged', async () => {
    const exported = ok(await env.call(STAFF, 'ledger.export', { villageId: 'v-yulong' }))
    const bytes = (await env.rt.files.get(exported.fileId))!.bytes
    const rows = await readXlsx(bytes)
    const yulong = (await inStreet('s-bachuan')).filter((h) => h.villageId === 'v-yulong' && h.status === 'monitored')
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(yulong.map((h) => h.fileNo).sort())
    const { importId } = await startImport(env, bytes, 'ledger', exported.fileName)
    expect((await runToRest(env, importId)).counts).toMatchObject({ new: 0, changed: 0, error: 0, unchanged: yulong.length })
  })

  it('an old export that carries the internal id in 档案编号 is still understood', async () => {
    const exported = ok(await env.call(STAFF, 'ledger.export', { villageId: 'v-yulong' }))
    const rows = await readXlsx((await env.rt.files.get(exported.fileId))!.bytes)
    const byNo = new Map((await inStreet('s-bachuan')).map((h) => [h.fileNo, h]))
    const old = [rows[0]!, ...rows.slice(1).map((r) => [byNo.get(r[0]!)!._id, ...r.slice(1)])]
    const { importId } = await startImport(env, await xlsxOf(old), 'ledger', '旧台账.xlsx')
    expect((await runToRest(env, importId)).counts).toMatchObject({ new: 0, changed: 0, error: 0, unchanged: rows.length - 1 })
  })

  it('a file number of another street is not found in this one', async () => {
    const dongcheng = (await inStreet('s-dongcheng'))[0]!
    const bachuan = (await inStreet('s-bachuan'))[0]!
    const row = ['档案编号', ...LIST_HEADER]
    const list = [row, [dongcheng.fileNo, '玉龙村', bachuan.group, bachuan.headName, env.rt.deps.personal.open(bachuan.idEnc), '', '脱贫户', 3, '']]
    const { importId } = await startImport(env, await xlsxOf(list), 'ledger', '台账.xlsx')
    const job = await runToRest(env, importId)
    expect(job.counts.error).toBe(1)
  })
})

it('the household page shows its file number', async () => {
  const h = (await inStreet('s-bachuan'))[0]!
  expect(h.fileNo).toMatch(FILE_NO)
  expect(ok(await env.call(STAFF, 'household.get', { householdId: h._id })).fileNo).toBe(h.fileNo)
})

it('the migration numbers households written before file numbers, in a stable order, and only once', async () => {
  const strip = async () => {
    const db = env.rt.store.db
    db.prepare(`UPDATE households SET doc = json_remove(doc, '$.fileNo')`).run()
    db.prepare(`UPDATE orgs SET doc = json_remove(doc, '$.lastFileNo')`).run()
  }
  const numbers = async () => new Map((await households()).map((h: HouseholdDoc) => [h._id, h.fileNo]))
  const seeded = await numbers()
  await strip()
  await migrate(env.rt.store)
  const first = await numbers()
  expect([...first.values()].every((n) => FILE_NO.test(n))).toBe(true)
  expect(first).toEqual(seeded)
  expect(await migrate(env.rt.store)).toEqual([])
  expect(await numbers()).toEqual(first)
})

it('a house plate carries its household\'s file number', async () => {
  const { plateLines } = await import('../../server/services/plates')
  const h = (await inStreet('s-bachuan'))[0]!
  expect(plateLines({ address: '玉龙村1组3号' }, h, '玉龙村')[2]).toBe(`档案编号 ${h.fileNo} · 巡查时请扫码`)
})
