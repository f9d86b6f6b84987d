// A department's list as Excel, WPS or another program saved it: the first worksheet's
// rows as the text a person sees in each cell.
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { UnreadableSheet, xlsxRows } from '../../server/services/imports/xlsx-rows'
import { xlsxWithSheetData } from '../support/raw-files'

async function rowsOf(bytes: Buffer, from = 1): Promise<Array<[number, string[]]>> {
  const out: Array<[number, string[]]> = []
  for await (const r of xlsxRows(bytes, from)) out.push([r.rowNumber, r.cells])
  return out
}

async function streamed(rows: unknown[][], useSharedStrings: boolean): Promise<Buffer> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'anju-xlsx-')), 'list.xlsx')
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings })
  const ws = wb.addWorksheet('名单')
  for (const r of rows) ws.addRow(r).commit()
  ws.commit()
  await wb.commit()
  const bytes = fs.readFileSync(file)
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
  return bytes
}

it('reads text, numbers, formulas and rich text as the text a person sees, trimmed', async () => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.addRow(['玉龙村', ' 1组 ', 13800001111, 2.5, 'a & b <c>'])
  ws.addRow([{ richText: [{ text: '李' }, { font: { bold: true }, text: '四' }] }, { formula: '1+1', result: 2 }, { formula: 'A1&"x"', result: '玉龙村x' }, true, { error: '#N/A' }])
  expect(await rowsOf(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual([
    [1, ['玉龙村', '1组', '13800001111', '2.5', 'a & b <c>']],
    [2, ['李四', '2', '玉龙村x', 'true', '']],
  ])
})

it('keeps the columns of empty cells, and numbers the rows as the sheet does', async () => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.getCell('A1').value = '村'
  ws.getCell('C3').value = '只有C列'
  expect(await rowsOf(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual([
    [1, ['村']],
    [3, ['', '', '只有C列']],
  ])
})

it('reads a list whose worksheet comes before its shared strings, as large exports are written', async () => {
  const rows = Array.from({ length: 50 }, (_, i) => ['凉水社区', `${i}组`, `户${i}`])
  for (const shared of [true, false]) {
    const read = await rowsOf(await streamed(rows, shared), 49)
    expect(read).toEqual([
      [49, ['凉水社区', '48组', '户48']],
      [50, ['凉水社区', '49组', '户49']],
    ])
  }
})

it('reads the first worksheet in the order of the tabs', async () => {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('名单').addRow(['名单的行'])
  wb.addWorksheet('说明').addRow(['说明的行'])
  expect(await rowsOf(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual([[1, ['名单的行']]])
})

it('refuses a damaged file with a message for the person who uploaded it', async () => {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('名单').addRow(['村'])
  const whole = Buffer.from(await wb.xlsx.writeBuffer())
  for (const bad of [whole.subarray(0, whole.length - 100), Buffer.concat([Buffer.from('PK'), Buffer.alloc(200)])]) {
    await expect(rowsOf(bad)).rejects.toThrow(UnreadableSheet)
  }
})

it('marks the number cells, as an ID number or a phone typed into a General cell is', async () => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.addRow(['玉龙村', 500231198701011000, 13800001111, 500231870101101])
  ws.addRow(['凉水社区', '500231198701011234'])
  const read: Array<{ rowNumber: number; cells: string[]; numberCells?: number[] }> = []
  for await (const r of xlsxRows(Buffer.from(await wb.xlsx.writeBuffer()), 1)) read.push(r)
  expect(read).toEqual([
    { rowNumber: 1, cells: ['玉龙村', '500231198701011000', '13800001111', '500231870101101'], numberCells: [1, 2, 3] },
    { rowNumber: 2, cells: ['凉水社区', '500231198701011234'] },
  ])
})

it('reads a number cell written in scientific notation as its digits and marks it', async () => {
  // Excel itself writes such a cell as <v>5.0023119870101102E+17</v>.
  const bytes = xlsxWithSheetData('<row r="1"><c r="B1"><v>5.0023119870101102E+17</v></c></row>')
  const read: Array<{ rowNumber: number; cells: string[]; numberCells?: number[] }> = []
  for await (const r of xlsxRows(bytes, 1)) read.push(r)
  expect(read).toEqual([{ rowNumber: 1, cells: ['', '500231198701011000'], numberCells: [1] }])
})

it('reads each list with its own shared strings when two lists are read by turns, as two streets importing at once', async () => {
  // The strings of the list read last are kept for its next chunk; another list must never get them.
  const a = await streamed([['玉龙村', '张三'], ['玉龙村', '李四']], true)
  const b = await streamed([['凉水社区', '王五'], ['凉水社区', '赵六']], true)
  for (let round = 0; round < 2; round++) {
    expect(await rowsOf(a, 2)).toEqual([[2, ['玉龙村', '李四']]])
    expect(await rowsOf(b, 2)).toEqual([[2, ['凉水社区', '赵六']]])
  }
  // The same list read again from the top (the next chunk) still reads every row as before.
  expect(await rowsOf(a)).toEqual([
    [1, ['玉龙村', '张三']],
    [2, ['玉龙村', '李四']],
  ])
})
