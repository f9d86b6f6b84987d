// Lists as civil affairs and 乡村振兴 really send them: landlines for phones, ID numbers
// Excel turned into numbers, old .xls workbooks and other files that are not a list.
// Each is accepted, or explained on its row or at the start, and writes nothing it should not.
import ExcelJS from 'exceljs'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { ImportJobView } from '../../domain'
import { createLocalHost } from '../../server/host/local-host'
import { createTestEnv, DEMO, ok, type TestEnv } from '../support/local-env'
import { leavingCount } from '../support/imports'
import { LIST_HEADER as HEADER, runToRest as runEnvToRest, startImport as startEnvImport, validId } from '../support/list-import'
import { uploadAs, xlsxOf } from '../support/sheets'
import { compoundFileOf, zipOf } from '../support/raw-files'

const STAFF = DEMO.staffBachuan
let env: TestEnv

beforeEach(async () => {
  env = await createTestEnv({ householdsPerVillage: 3, now: '2026-11-03T09:00:00+08:00' })
})
afterEach(() => env.close())

const runToRest = (importId: string): Promise<ImportJobView> => runEnvToRest(env, importId)
const startImport = (bytes: Buffer, source: 'civil' | 'revitalization' | 'ledger', fileName = '名单.xlsx') => startEnvImport(env, bytes, source, fileName)
const apply = async (importId: string) => {
  ok(await env.call(STAFF, 'import.apply', { importId, excludeErrorRows: false, removalReason: '民政名单调出', confirmedLeaving: await leavingCount(env, STAFF, importId) }))
  return runToRest(importId)
}
const householdOf = async (idNumber: string) =>
  (await env.rt.store.collection('households').find({ where: { idHash: env.rt.deps.personal.hash(idNumber) } }))[0]!
const domainTables = () => ['households', 'householdEvents', 'tasks'].map((t) => JSON.stringify(env.rt.store.db.prepare(`SELECT * FROM "${t}" ORDER BY _id`).all())).join()

const IDS = ['50022419620304551', '50022419620304552', '50022419620304553', '50022419620304554'].map(validId)
const row = (name: string, id: string, phone: string | number) => ['凉水社区', '1组', name, id, phone, '低保边缘家庭', 2, '']

describe('a phone in a department list', () => {
  it('a landline with the area code is a valid phone, stored in one form and masked keeping the area code', async () => {
    const { importId } = await startImport(
      await xlsxOf([HEADER, row('座机甲', IDS[0]!, '023-45671234'), row('座机乙', IDS[1]!, '(023)45671235'), row('本地号', IDS[2]!, '4567 1236'), row('手机', IDS[3]!, '+86 138 0000 2222')]),
      'civil',
    )
    expect((await runToRest(importId)).counts).toMatchObject({ new: 4, error: 0 })
    expect((await apply(importId)).phase).toBe('done')

    const shown: Array<[string, string]> = []
    for (const id of IDS) {
      const hh = await householdOf(id)
      shown.push([hh.phoneMasked, ok(await env.call(STAFF, 'household.reveal', { householdId: hh._id, field: 'phone' })).value])
    }
    expect(shown).toEqual([
      ['023-****1234', '023-45671234'],
      ['023-****1235', '023-45671235'],
      ['****1236', '45671236'],
      ['138****2222', '13800002222'],
    ])
  })

  it('a landline Excel stored as a number is reported on its row as having lost the 0 of its area code', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('名单')
    ws.addRow(HEADER)
    ws.addRow(row('座机', IDS[0]!, 2345671234))
    ws.addRow(row('手机', IDS[1]!, 13800002222))
    const { importId } = await startImport(Buffer.from(await wb.xlsx.writeBuffer()), 'civil')
    expect((await runToRest(importId)).counts).toMatchObject({ new: 1, error: 1 })
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items.map((e) => [e.rowNumber, e.errors])).toEqual([
      [2, [{ column: '联系电话', message: '电话被 Excel 存成了数字，区号前面的 0 丢了。请把这一列设为“文本”格式后重新填写' }]],
    ])
  })

  it("a local landline is given the street's area code when the street sets it", async () => {
    env.rt.deps.config.localAreaCode = '023'
    const { importId } = await startImport(await xlsxOf([HEADER, row('本地号', IDS[0]!, '45671236')]), 'civil')
    await runToRest(importId)
    await apply(importId)
    expect((await householdOf(IDS[0]!)).phoneMasked).toBe('023-****1236')
  })

  it('the same landline written another way the next time is no change', async () => {
    const first = await startImport(await xlsxOf([HEADER, row('座机甲', IDS[0]!, '023-45671234')]), 'civil')
    await runToRest(first.importId)
    await apply(first.importId)
    const second = await startImport(await xlsxOf([HEADER, row('座机甲', IDS[0]!, '02345671234')]), 'civil')
    expect((await runToRest(second.importId)).counts).toMatchObject({ new: 0, changed: 0, unchanged: 1, error: 0 })
  })

  it('a ledger with landlines exported and imported back still shows no change', async () => {
    const { importId } = await startImport(await xlsxOf([HEADER, row('座机甲', IDS[0]!, '023-45671234'), row('本地号', IDS[1]!, '45671236')]), 'civil')
    await runToRest(importId)
    await apply(importId)
    const exported = ok(await env.call(STAFF, 'ledger.export', { villageId: 'v-liangshui' }))
    const back = await startImport((await env.rt.files.get(exported.fileId))!.bytes, 'ledger', exported.fileName)
    const job = await runToRest(back.importId)
    const count = await env.rt.store.collection('households').count({ villageId: 'v-liangshui', status: 'monitored' })
    expect(job.counts).toEqual({ new: 0, changed: 0, missing: 0, unchanged: count, error: 0 })
  })
})

describe('an ID number in a department list', () => {
  const DIGITS_LOST = '身份证号被 Excel 存成了数字，后几位已丢失。请把这一列设为“文本”格式后重新填写'

  it('an ID number Excel turned into a number is reported as digits lost, on its row and column', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('名单')
    ws.addRow(HEADER)
    ws.addRow(row('文本号', IDS[0]!, ''))
    // Typed into a General cell, Excel keeps 15 digits: this is what the file then holds.
    // These 15 digits and three zeros even pass the check digit: only the cell's type tells.
    ws.addRow(row('数字号', '', ''))
    ws.getCell('D3').value = 500231198701014000
    const before = domainTables()
    const { importId } = await startImport(Buffer.from(await wb.xlsx.writeBuffer()), 'civil')
    const job = await runToRest(importId)
    expect(job.counts).toMatchObject({ new: 1, error: 1 })
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items.map((e) => [e.rowNumber, e.errors])).toEqual([[3, [{ column: '身份证号', message: DIGITS_LOST }]]])
    expect(domainTables()).toBe(before)
  })

  it('a .csv saved from such a sheet, showing 5.00224E+17, is reported the same way', async () => {
    const csv = [HEADER, row('数字号', '5.00224E+17', '')].map((r) => r.join(',')).join('\r\n')
    const { importId } = await startImport(Buffer.from(csv), 'civil', '名单.csv')
    await runToRest(importId)
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items.map((e) => [e.rowNumber, e.errors])).toEqual([[2, [{ column: '身份证号', message: DIGITS_LOST }]]])
  })

  it('a 15-digit first-generation ID number asks for the 18-digit one', async () => {
    const { importId } = await startImport(await xlsxOf([HEADER, row('老号', '500224620304551', '')]), 'civil')
    await runToRest(importId)
    const errors = ok(await env.call(STAFF, 'import.rows', { importId, kind: 'error' }))
    expect(errors.items[0]!.errors).toEqual([{ column: '身份证号', message: '这是 15 位的第一代身份证号，请改填此人现在的 18 位身份证号（见身份证或户口簿）' }])
  })
})

describe('a file that is not a list Excel can hand us', () => {
  const OLD_XLS = '这是旧版 Excel（.xls）文件。请用 WPS 或 Excel 打开，点“文件 → 另存为”，选择“Excel 工作簿（*.xlsx）”后再上传'

  async function refusedAtStart(bytes: Buffer, fileName: string, ext = 'xlsx'): Promise<string> {
    const fileId = await uploadAs(env, STAFF, bytes, ext)
    const before = env.snapshot()
    const r = await env.call(STAFF, 'import.start', { importId: `imp-refused-${Math.random().toString(36).slice(2, 8)}`, fileId, fileName, source: 'civil' })
    expect(r.ok ? 'ok' : r.code).toBe('VALIDATION')
    expect(env.snapshot()).toBe(before)
    return r.ok ? '' : r.message
  }

  it('a list saved as old .xls is refused with how to save it as .xlsx', async () => {
    const xls = compoundFileOf(['Workbook', '\u0005SummaryInformation'])
    expect(await refusedAtStart(xls, '民政名单.xlsx')).toBe(OLD_XLS)
    expect(await refusedAtStart(xls, '民政名单.xls')).toBe(OLD_XLS)
  })

  it('a workbook with an open password is refused with how to remove it', async () => {
    expect(await refusedAtStart(compoundFileOf(['EncryptionInfo', 'EncryptedPackage']), '民政名单.xlsx')).toBe(
      '这个表格设了打开密码，系统读不了。请用 WPS 或 Excel 打开，取消密码（“文件 → 文档加密”或“文件 → 信息 → 保护工作簿”）并保存后再上传',
    )
  })

  it('a WPS 表格 .et file is refused with how to save it as .xlsx', async () => {
    expect(await refusedAtStart(compoundFileOf(['Workbook']), '民政名单.et')).toBe(
      '这是 WPS 表格（.et）文件。请用 WPS 打开，点“文件 → 另存为”，选择“Excel 工作簿（*.xlsx）”后再上传',
    )
  })

  it('a WPS 文字 or Word document is refused as not a table', async () => {
    const doc = '这是文字文档，不是表格。请上传名单的 Excel 表格（.xlsx）或 .csv 文件'
    expect(await refusedAtStart(compoundFileOf(['WordDocument']), '名单.wps')).toBe(doc)
    expect(await refusedAtStart(zipOf({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), '名单.xlsx')).toBe(doc)
  })

  it('a .zip that is not a workbook is refused with what to do', async () => {
    const archive = zipOf({ '玉龙村.xlsx': Buffer.from('PK'), '凉水社区.xlsx': Buffer.from('PK') })
    expect(await refusedAtStart(archive, '各村名单.zip')).toBe('这是压缩包（.zip），不能直接导入。请先解压，再逐个上传里面的 .xlsx 文件')
    expect(await refusedAtStart(archive, '各村名单.xlsx')).toBe('这是压缩包（.zip），不能直接导入。请先解压，再逐个上传里面的 .xlsx 文件')
  })

  it('the upload refuses .xls, .et, .wps and .zip with the same words', async () => {
    const server = createLocalHost({ runtime: env.rt, h5Root: path.join(env.dataDir, 'no-h5') })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
      const before = env.snapshot()
      const said: Array<[string, number, string]> = []
      for (const name of ['民政名单.xls', '民政名单.et', '名单.wps', '各村名单.zip']) {
        const res = await fetch(`${base}/upload?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'x-dev-user': STAFF }, body: new Uint8Array(compoundFileOf(['Workbook'])) })
        said.push([name, res.status, ((await res.json()) as { message: string }).message])
      }
      expect(said).toEqual([
        ['民政名单.xls', 400, OLD_XLS],
        ['民政名单.et', 400, '这是 WPS 表格（.et）文件。请用 WPS 打开，点“文件 → 另存为”，选择“Excel 工作簿（*.xlsx）”后再上传'],
        ['名单.wps', 400, '这是文字文档，不是表格。请上传名单的 Excel 表格（.xlsx）或 .csv 文件'],
        ['各村名单.zip', 400, '这是压缩包（.zip），不能直接导入。请先解压，再逐个上传里面的 .xlsx 文件'],
      ])
      expect(env.snapshot()).toBe(before)
    } finally {
      await new Promise((r) => server.close(r))
    }
  })
})

it('a list whose zip is damaged still starts and fails at reading with the damage named', async () => {
  const whole = await xlsxOf([HEADER, row('甲', IDS[0]!, '')])
  const { importId, started } = await startImport(whole.subarray(0, whole.length - 64), 'civil')
  expect(started.ok).toBe(true)
  expect(await runToRest(importId)).toMatchObject({ phase: 'failed' })
})
