// Uploaded department lists carry clear ID numbers and phones, and exports are copies of the
// ledger: neither is kept longer than needed. A list goes when its import is applied or
// cancelled and after 7 days in any case; exports go after the configured days.
import fs from 'node:fs'
import path from 'node:path'
import QRCode from 'qrcode'
import { runTick } from '../../server/jobs/tick'
import { LIST_HEADER, runToRest, startImport, validId } from '../support/list-import'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'

const STAFF = DEMO.staffBachuan
let env: TestEnv
beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 2, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const onDisk = (fileId: string) => fs.existsSync(path.join(env.dataDir, 'files', fileId.replace('local://', '')))

async function previewedList(): Promise<{ importId: string; fileId: string }> {
  const csv = [LIST_HEADER, ['凉水社区', '1组', '新户甲', validId('50022419600000025'), '13900001111', '低保边缘家庭', 2, '']].map((r) => r.join(',')).join('\r\n')
  const { importId } = await startImport(env, Buffer.from(csv), 'civil', '名单.csv')
  expect((await runToRest(env, importId)).phase).toBe('ready')
  const { fileId } = (await env.rt.store.collection('imports').get(importId))!
  expect(onDisk(fileId)).toBe(true)
  return { importId, fileId }
}

it('an applied import leaves no clear list on disk', async () => {
  const { importId, fileId } = await previewedList()
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  expect((await runToRest(env, importId)).phase).toBe('done')
  expect(onDisk(fileId)).toBe(false)
  expect(await env.rt.files.get(fileId)).toBeNull()
})

it('a cancelled import deletes its upload', async () => {
  const { importId, fileId } = await previewedList()
  ok(await env.call(STAFF, 'import.cancel', { importId }))
  expect(onDisk(fileId)).toBe(false)
})

it('an upload older than 7 days is deleted by the tick', async () => {
  const { fileId } = await previewedList()
  env.clock.advanceDays(6)
  await runTick(env.rt.deps)
  expect(onDisk(fileId)).toBe(true)
  env.clock.advanceDays(1.1)
  await runTick(env.rt.deps)
  expect(onDisk(fileId)).toBe(false)
})

it('an export expires after N days', async () => {
  env.rt.deps.config.exportKeepDays = 3
  // Drawing real QR codes takes seconds and is not what this test is about.
  const png = await QRCode.toBuffer('plate', { width: 60 })
  env.rt.deps.codes = { image: async () => png }
  const ledger = ok(await env.call(STAFF, 'ledger.export', { villageId: 'v-yulong' }))
  const plates = ok(await env.call(STAFF, 'plates.sheet', { villageId: 'v-yulong' }))
  const month = ok(await env.call(DEMO.inspectorYulong, 'ledger.patrolMonth', { villageId: 'v-yulong', month: '2026-10' }))
  ok(await env.call(STAFF, 'report.quarterlyStart', { reportId: 'rep-q4', quarter: '2026-Q4' }))
  let report = ok(await env.call(STAFF, 'report.quarterlyGet', { reportId: 'rep-q4' }))
  for (let i = 0; i < 50 && report.phase !== 'done'; i++) report = ok(await env.call(STAFF, 'report.quarterlyStep', { reportId: 'rep-q4' }))
  expect(report.file).not.toBeNull()
  const made = [ledger.fileId, plates.fileId, month.fileId, report.file!.fileId]
  expect(made.map(onDisk)).toEqual([true, true, true, true])

  env.clock.advanceDays(2.9)
  await runTick(env.rt.deps)
  expect(made.map(onDisk)).toEqual([true, true, true, true])
  env.clock.advanceDays(0.2)
  await runTick(env.rt.deps)
  expect(made.map(onDisk)).toEqual([false, false, false, false])
  // The report's page says the file is gone instead of offering a dead link.
  const after = ok(await env.call(STAFF, 'report.quarterlyGet', { reportId: 'rep-q4' }))
  expect(after.totals).toEqual(report.totals)
  expect(after.file).toBeNull()
  expect(after.fileNote).toBe('表格已超过 3 天，已按规定删除；需要时请重新生成')
})
