// 部门数据共享: a department's list comes in as a file, is checked row by row, previewed as
// a diff, and applied in resumable chunks.
import type { ImportJobView } from '../../domain'
import type { HouseholdDoc } from '../../server/store/docs'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'
import { LIST_HEADER as HEADER, runToRest as runEnvToRest, startImport as startEnvImport, validId } from '../support/list-import'
import { readXlsx, uploadAs, xlsxOf } from '../support/sheets'
import { COLLECTIONS } from '../../server/store/manifest'

const STAFF = DEMO.staffBachuan
let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const runToRest = (importId: string): Promise<ImportJobView> => runEnvToRest(env, importId)
const startImport = (bytes: Buffer, source: 'civil' | 'revitalization' | 'ledger', fileName = '名单.xlsx') => startEnvImport(env, bytes, source, fileName)

async function monitored(villageId: string): Promise<HouseholdDoc[]> {
  return env.rt.store.collection('households').find({ where: { villageId, status: 'monitored' } })
}

const clearId = (h: HouseholdDoc) => env.rt.deps.personal.open(h.idEnc)

it("a village's exported ledger imported back shows no change", async () => {
  const exported = ok(await env.call(STAFF, 'ledger.export', { villageId: 'v-yulong' }))
  const file = await env.rt.files.get(exported.fileId)
  const { importId, started } = await startImport(file!.bytes, 'ledger', exported.fileName)
  expect(ok(started).phase).toBe('parsing')
  const job = await runToRest(importId)
  expect(job.phase).toBe('ready')
  const count = (await monitored('v-yulong')).length
  expect(job.counts).toEqual({ new: 0, changed: 0, missing: 0, unchanged: count, error: 0 })
  expect(job.villagesCovered).toEqual(['玉龙村'])
})

it('the exported ledger shows personal data only masked', async () => {
  const exported = ok(await env.call(STAFF, 'ledger.export', { villageId: 'v-yulong' }))
  const rows = await readXlsx((await env.rt.files.get(exported.fileId))!.bytes)
  expect(rows[0]!.slice(0, 6)).toEqual(['档案编号', '村（社区）', '组', '户主姓名', '身份证号', '联系电话'])
  for (const r of rows.slice(1)) {
    expect(r[3]).toMatch(/^.\*+$/)
    expect(r[4]).toMatch(/^\d{4}\*{12}[\dX]{2}$/)
    expect(r[5]).toMatch(/^\d{3}\*{4}\d{4}$/)
  }
})

describe('a civil-affairs list', () => {
  async function civilList(extraRows: Array<Array<string | number>>) {
    const yulong = await monitored('v-yulong')
    const civil = yulong.filter((h) => h.categories.some((c) => ['dibao', 'tekun', 'hardship', 'dibaoEdge'].includes(c)))
    const [kept, ...dropped] = civil
    const keptRow = ['玉龙村', kept!.group, kept!.headName, clearId(kept!), '', '低保户', kept!.members, '']
    return { kept: kept!, dropped, rows: [HEADER, keptRow, ...extraRows] }
  }

  it('with one bad row reports that row and column and applies nothing until the row is excluded', async () => {
    const { rows } = await civilList([
      ['玉龙村', '2组', '李新户', validId('50022419620304551'), '13900001111', '特困人员', 1, '玉龙村2组8号'],
      ['玉龙村', '3组', '王错号', '500224196203045510', '', '低保户', 2, ''],
    ])
    const { importId } = await startImport(await xlsxOf(rows), 'civil')
    const job = await runToRest(importId)
    expect(job.phase).toBe('ready')
    expect(job.counts.error).toBe(1)
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items[0]).toMatchObject({ rowNumber: 4, errors: [{ column: '身份证号', message: '身份证号校验位不对，请核对' }] })

    const domainTables = () =>
      ['households', 'householdEvents', 'tasks'].map((t) => JSON.stringify(env.rt.store.db.prepare(`SELECT * FROM "${t}" ORDER BY _id`).all())).join()
    const beforeApply = domainTables()
    const refused = await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) })
    expect(refused.ok ? 'ok' : refused.message).toBe('有 1 行有错误：请改正后重新上传，或选择“跳过错误行”再导入')
    expect(await runToRest(importId)).toMatchObject({ phase: 'ready' })
    expect(domainTables()).toBe(beforeApply)

    // Excluding the bad row applies the rest, and the bad row's person is not listed.
    ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: true, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
    expect((await runToRest(importId)).phase).toBe('done')
    const names = (await monitored('v-yulong')).map((h) => h.headName)
    expect(names).toContain('李新户')
    expect(names).not.toContain('王错号')
  })

  it('when applied adds the new household with a check task due by the 20th, and drops the ones it no longer lists', async () => {
    const newId = validId('50022419620304551')
    const { kept, dropped, rows } = await civilList([['玉龙村', '2组', '李新户', newId, '13900001111', '特困人员', 1, '玉龙村2组8号']])
    const { importId } = await startImport(await xlsxOf(rows), 'civil')
    const preview = await runToRest(importId)
    expect(preview.counts.new).toBe(1)
    expect(preview.counts.missing).toBe(dropped.length)

    ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
    const done = await runToRest(importId)
    expect(done.phase).toBe('done')

    const hh = (await env.rt.store.collection('households').find({ where: { idHash: env.rt.deps.personal.hash(newId) } }))[0]!
    expect(hh).toMatchObject({ villageId: 'v-yulong', status: 'monitored', categories: ['tekun'], listedSince: '2026-11-03' })
    const tasks = ok(await env.call(DEMO.inspectorYulong, 'task.list', { status: 'open' }))
    expect(tasks.items.find((t) => t.householdId === hh._id)).toMatchObject({ kind: 'newListingCheck', dueDate: '2026-11-20', overdue: false })

    for (const d of dropped) {
      const after = (await env.rt.store.collection('households').get(d._id))!
      const stillListedByOthers = d.categories.some((c) => c === 'unstable' || c === 'otherPoverty')
      if (stillListedByOthers) {
        expect(after.status).toBe('monitored')
        expect(after.categories.every((c) => c === 'unstable' || c === 'otherPoverty')).toBe(true)
      } else {
        expect(after).toMatchObject({ status: 'removed', removedReason: '民政名单调出' })
        const history = ok(await env.call(STAFF, 'household.history', { householdId: d._id }))
        expect(history[0]).toMatchObject({ kind: 'removed', kindLabel: '退出监测' })
      }
    }
    const keptAfter = (await env.rt.store.collection('households').get(kept._id))!
    expect(keptAfter.status).toBe('monitored')
  })

  it('imported a second time changes nothing', async () => {
    const { rows } = await civilList([['玉龙村', '2组', '李新户', validId('50022419620304551'), '13900001111', '特困人员', 1, '玉龙村2组8号']])
    const bytes = await xlsxOf(rows)
    const first = await startImport(bytes, 'civil')
    await runToRest(first.importId)
    ok(await env.call(STAFF, 'import.apply', { importId: first.importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, first.importId) }))
    await runToRest(first.importId)

    const households = () => env.rt.store.db.prepare('SELECT _id, rev, doc FROM households ORDER BY _id').all()
    const before = JSON.stringify(households())
    const second = await startImport(bytes, 'civil')
    const preview = await runToRest(second.importId)
    expect(preview.counts).toMatchObject({ new: 0, changed: 0, missing: 0, error: 0 })
    ok(await env.call(STAFF, 'import.apply', { importId: second.importId, excludeErrorRows: false, removalReason: '', confirmedLeaving: await leavingCount(env, STAFF, second.importId) }))
    expect((await runToRest(second.importId)).phase).toBe('done')
    expect(JSON.stringify(households())).toBe(before)
  })
})

describe('a list that cannot be read', () => {
  it('of the wrong file type is refused and nothing is written', async () => {
    const before = env.snapshot()
    const fileId = await uploadAs(env, STAFF, Buffer.from('just text'), 'xlsx')
    const r = await env.call(STAFF, 'import.start', { importId: 'imp-bad-type', fileId, fileName: '名单.xlsx', source: 'civil' })
    expect(r.ok ? 'ok' : r.message).toBe('文件类型不对：请上传 .xlsx 或 .csv 文件')
    expect(env.snapshot()).toBe(before)
  })

  it('damaged in transit fails with a message and changes no household', async () => {
    const whole = await xlsxOf([HEADER, ['玉龙村', '1组', '甲', validId('50022419700101123'), '', '低保户', 1, '']])
    const before = env.snapshot()
    const { importId } = await startImport(whole.subarray(0, whole.length - 64), 'civil')
    expect(await runToRest(importId)).toMatchObject({ phase: 'failed', failure: '文件无法读取：不是有效的 .xlsx 文件，或文件已损坏。请用 Excel 重新保存后上传' })
    const domain = (snapshot: string) => snapshot.split('\n').filter((_, i) => ['households', 'householdEvents', 'tasks'].includes(COLLECTIONS[i]!))
    expect(domain(env.snapshot())).toEqual(domain(before))
  })

  it('without a required column fails with the missing column named', async () => {
    const { importId } = await startImport(await xlsxOf([['村（社区）', '户主姓名', '监测类别'], ['玉龙村', '张三', '低保户']]), 'civil')
    const job = await runToRest(importId)
    expect(job).toMatchObject({ phase: 'failed', failure: '第 1 行缺少必填列：身份证号。请使用导入模板的表头' })
  })

  it('with the same ID number twice names the earlier row', async () => {
    const id = validId('50022419700101123')
    const { importId } = await startImport(
      await xlsxOf([HEADER, ['玉龙村', '1组', '甲', id, '', '低保户', 1, ''], ['玉龙村', '1组', '乙', id, '', '低保户', 1, '']]),
      'civil',
    )
    await runToRest(importId)
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items.map((e) => [e.rowNumber, e.errors[0]!.message])).toEqual([[3, '与第 2 行的身份证号重复']])
  })

  it('naming a village outside the street is an error of that row', async () => {
    const { importId } = await startImport(await xlsxOf([HEADER, ['青山村', '1组', '甲', validId('50022419700101123'), '', '低保户', 1, '']]), 'civil')
    await runToRest(importId)
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items[0]!.errors).toEqual([{ column: '村（社区）', message: '本街道没有“青山村”，请核对村（社区）名称' }])
  })

  it('over the size limit is refused before reading', async () => {
    await env.close()
    env = await createTestEnv({ householdsPerVillage: 2 })
    env.rt.deps.config.importMaxBytes = 1024
    const before = env.snapshot()
    const fileId = await uploadAs(env, STAFF, Buffer.concat([Buffer.from('PK'), Buffer.alloc(4096)]), 'xlsx')
    const r = await env.call(STAFF, 'import.start', { importId: 'imp-big', fileId, fileName: '大名单.xlsx', source: 'civil' })
    expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
    expect(env.snapshot()).toBe(before)
  })

  it("uploaded by someone else cannot be imported", async () => {
    const fileId = await uploadAs(env, DEMO.staffAppraiserBachuan, await xlsxOf([HEADER]), 'xlsx')
    const r = await env.call(STAFF, 'import.start', { importId: 'imp-theirs', fileId, fileName: 'x.xlsx', source: 'civil' })
    expect(r.ok ? 'ok' : r.code).toBe('FORBIDDEN')
  })
})

it('a large list is read and applied in many chunks, each row exactly once', async () => {
  env.rt.deps.config.chunkBudgetMs = 1
  const rows: Array<Array<string | number>> = [HEADER]
  for (let i = 0; i < 1200; i++) rows.push(['凉水社区', '1组', `新户${i}`, validId(`5002241960${String(i).padStart(7, '0')}`), '', '低保边缘家庭', 2, ''])
  const { importId } = await startImport(await xlsxOf(rows), 'civil')
  let steps = 0
  let job = ok(await env.call(STAFF, 'import.get', { importId }))
  while (['parsing', 'diffing', 'missing'].includes(job.phase)) {
    job = ok(await env.call(STAFF, 'import.step', { importId }))
    steps++
  }
  expect(steps).toBeGreaterThan(3)
  expect(job.counts.new).toBe(1200)
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  const done = await runToRest(importId)
  expect(done.phase).toBe('done')
  expect(await env.rt.store.collection('tasks').count({ villageId: 'v-liangshui', kind: 'newListingCheck' })).toBe(1200)
})

it('a list saved as CSV is checked and applied like the .xlsx', async () => {
  const csv = [HEADER, ['凉水社区', '1组', '新户甲', validId('50022419600000025'), '', '低保边缘家庭', 2, '"凉水社区1组, 3号"']].map((r) => r.join(',')).join('\r\n')
  const { importId } = await startImport(Buffer.from(csv), 'civil', '名单.csv')
  const preview = await runToRest(importId)
  expect(preview).toMatchObject({ phase: 'ready', counts: { new: 1, error: 0 } })
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  expect((await runToRest(importId)).phase).toBe('done')
  const [hh] = (await monitored('v-liangshui')).filter((h) => h.headName === '新户甲')
  expect(hh).toMatchObject({ address: '凉水社区1组, 3号', categories: ['dibaoEdge'] })
})

it('rows an earlier version saved undiffed are diffed before the preview is ready', async () => {
  const rows = [HEADER, ['凉水社区', '1组', '新户', validId('50022419600000017'), '', '低保边缘家庭', 2, '']]
  const { importId } = await startImport(await xlsxOf(rows), 'civil')
  const preview = await runToRest(importId)
  expect(preview.counts.new).toBe(1)
  // As an earlier version left it: the row pending, the job in the diffing phase.
  const db = env.rt.store.db
  db.prepare(`UPDATE importRows SET doc = json_set(doc, '$.kind', 'pending') WHERE json_extract(doc, '$.importId') = ? AND json_extract(doc, '$.kind') = 'new'`).run(importId)
  db.prepare(`UPDATE imports SET doc = json_set(doc, '$.phase', 'diffing', '$.counts.new', 0) WHERE _id = ?`).run(importId)
  expect(await runToRest(importId)).toMatchObject({ phase: 'ready', counts: preview.counts })
})

it('the same categories listed in another order are no change', async () => {
  const [h] = (await monitored('v-yulong')).filter((x) => x.categories.length === 1)
  // Stored in a non-canonical order, as data written by an older version may be.
  await env.rt.store.collection('households').update(h!._id, { categories: ['dibao', 'unstable'] })
  const rows = [HEADER, ['玉龙村', h!.group, h!.headName, clearId(h!), '', '低保户、易返贫致贫户', h!.members, h!.address]]
  const { importId } = await startImport(await xlsxOf(rows), 'ledger')
  const job = await runToRest(importId)
  expect(job.counts.changed).toBe(0)
})
