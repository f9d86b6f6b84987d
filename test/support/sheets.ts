// Builds list files the way a department would send them.
import ExcelJS from 'exceljs'
import type { TestEnv } from './local-env'

export async function xlsxOf(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Puts bytes where an upload by this user would land, returning the file id. */
export async function uploadAs(env: TestEnv, userId: string, bytes: Buffer, ext = 'xlsx'): Promise<string> {
  const stored = await env.rt.files.put(`uploads/${userId}/${Math.random().toString(36).slice(2)}.${ext}`, bytes, 'application/octet-stream')
  return stored.fileId
}

/** The rows of one worksheet (the first unless named) as text. */
export async function readXlsx(bytes: Buffer, sheet?: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as never)
  const ws = sheet ? wb.getWorksheet(sheet)! : wb.worksheets[0]!
  const out: string[][] = []
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return out
}
