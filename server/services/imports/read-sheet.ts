// Reads the first worksheet of an .xlsx (streaming, see xlsx-rows.ts) or a .csv (UTF-8, or
// GB18030 as Excel on Chinese Windows saves it) as rows of trimmed text cells.
import ExcelJS from 'exceljs'
import { Readable } from 'node:stream'
import { xlsxRows } from './xlsx-rows'

export type SheetKind = 'xlsx' | 'csv'

export function sheetKindOf(fileName: string, bytes: Buffer): SheetKind | null {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
  if (/\.xlsx$/i.test(fileName)) return isZip ? 'xlsx' : null
  if (/\.csv$/i.test(fileName)) return isZip ? null : 'csv'
  return null
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    const v = value as { text?: unknown; richText?: Array<{ text: string }>; result?: unknown }
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('').trim()
    if (v.text !== undefined) return cellText(v.text)
    if (v.result !== undefined) return cellText(v.result)
    return ''
  }
  return String(value).trim()
}

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** Yields every row (1-based row number and its cells); rows beyond `from` only. */
export async function* readRows(bytes: Buffer, kind: SheetKind, from = 1): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  if (kind === 'csv') {
    const workbook = new ExcelJS.Workbook()
    // Keep every value as text: an 18-digit ID number must not become a float.
    const sheet = await workbook.csv.read(Readable.from([decodeText(bytes)]), { map: (v: unknown) => v } as never)
    for (let r = from; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const cells: string[] = []
      row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)))
      yield { rowNumber: r, cells }
    }
    return
  }
  yield* xlsxRows(bytes, from)
}
