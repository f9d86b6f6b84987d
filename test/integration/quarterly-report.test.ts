// 每季度向区住建局报送预警数据: the report agrees with the dashboard for the same quarter.
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { readXlsx } from '../support/sheets'
import { safePatrol, uploadPhoto } from '../support/patrols'
import { quarterBounds } from '../../server/services/reports/quarter'

let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 6, now: '2026-11-20T10:00:00+08:00' })
})
afterEach(() => env.close())

it('quarters are counted in Asia/Shanghai', () => {
  expect(quarterBounds('2026-Q4')).toEqual({ from: '2026-09-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z', months: ['2026-10', '2026-11', '2026-12'] })
})

it("the quarterly report's totals equal the dashboard's figures for the same quarter", async () => {
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })
  for (const h of houses.slice(0, 3)) {
    ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(h._id, { judgment: 'hazard', patrolledAt: '2026-11-20T09:00:00+08:00', photos: [{ fileId: await uploadPhoto(env, DEMO.inspectorYulong), takenAt: '2026-11-20T08:00:00+08:00', lat: null, lng: null }] })))
  }
  env.rt.deps.config.chunkBudgetMs = 1
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-q4', quarter: '2026-Q4' }))
  let r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyGet', { reportId: 'rep-q4' }))
  let steps = 0
  while (r.phase !== 'done' && r.phase !== 'failed' && steps < 100) {
    r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStep', { reportId: 'rep-q4' }))
    steps++
  }
  expect(r.phase).toBe('done')
  expect(steps).toBeGreaterThan(2)
  const d = ok(await env.call(DEMO.leaderBachuan, 'dashboard.summary', {}))
  const q = d.trends.filter((t) => ['2026-10', '2026-11', '2026-12'].includes(t.month))
  expect(r.totals).toMatchObject({
    households: d.totals.households,
    houses: d.totals.houses,
    gradeC: d.totals.byGrade.C,
    gradeD: d.totals.byGrade.D,
    occupiedDangerous: d.totals.occupiedDangerous,
    openCases: d.totals.openCases,
    overdueCases: d.totals.overdueCases,
    overdueTasks: d.totals.overdueTasks,
    inRenovation: d.totals.inRenovation,
    casesOpenedInQuarter: q.reduce((a, t) => a + t.casesOpened, 0),
  })
  expect(r.totals!.casesOpenedInQuarter).toBe(3)

  const rows = await readXlsx((await env.rt.files.get(r.file!.fileId))!.bytes)
  expect(rows[0]).toEqual(['项目', '数值'])
  expect(rows.find((row) => row[0] === '危房仍有人居住（栋）')![1]).toBe(String(d.totals.occupiedDangerous))
})

it('the per-house rows show personal data only masked', async () => {
  ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStart', { reportId: 'rep-mask', quarter: '2026-Q4' }))
  let r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStep', { reportId: 'rep-mask' }))
  while (r.phase !== 'done') r = ok(await env.call(DEMO.staffBachuan, 'report.quarterlyStep', { reportId: 'rep-mask' }))
  const ExcelJS = (await import('exceljs')).default
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load((await env.rt.files.get(r.file!.fileId))!.bytes as never)
  const detail = wb.getWorksheet('预警房屋明细')!
  expect(detail.rowCount - 1).toBe(r.totals!.houseRows)
  detail.eachRow((row, n) => {
    if (n === 1) return
    expect(String(row.getCell(3).value)).toMatch(/^.\*+$/)
    expect(String(row.getCell(4).value)).toMatch(/^\d{4}\*{12}[\dX]{2}$/)
  })
})

it("a village's monthly patrol ledger lists every house, patrolled or not", async () => {
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })
  ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[0]!._id, { patrolledAt: '2026-11-20T09:00:00+08:00' })))
  const out = ok(await env.call(DEMO.inspectorYulong, 'ledger.patrolMonth', { villageId: 'v-yulong', month: '2026-11' }))
  const rows = await readXlsx((await env.rt.files.get(out.fileId))!.bytes)
  expect(rows.length - 1).toBe(out.rows)
  expect(rows.filter((r) => r[4] === '村月度巡查')).toHaveLength(1)
  expect(rows.filter((r) => r[4] === '未巡查').length).toBe(out.rows - 1)
})

it('a note stored with a control character before input was cleaned still exports a readable ledger', async () => {
  const houses = await env.rt.store.collection('houses').find({ where: { villageId: 'v-yulong' } })
  const p = ok(await env.call(DEMO.inspectorYulong, 'patrol.submit', safePatrol(houses[1]!._id, { patrolledAt: '2026-11-20T10:00:00+08:00' })))
  await env.rt.store.collection('patrols').update(p.id, { notes: '旧数据\u0000\u0001里有控制字符\uFFFF' })
  const out = ok(await env.call(DEMO.inspectorYulong, 'ledger.patrolMonth', { villageId: 'v-yulong', month: '2026-11' }))
  const rows = await readXlsx((await env.rt.files.get(out.fileId))!.bytes)
  expect(rows.flat()).toContain('旧数据里有控制字符')
})

it('months are counted in Asia/Shanghai too, October included', async () => {
  const { monthBounds } = await import('../../server/services/patrols/monthly-stats')
  expect(monthBounds('2026-10')).toEqual({ from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z' })
  expect(monthBounds('2026-12')).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' })
})
