// A department list as rows of trimmed text cells: the first worksheet of an .xlsx, or a
// .csv. Both are read from the top on every chunk and pass over the rows before `from`.
import { csvRows } from './csv-rows'
import { xlsxRows } from './xlsx-rows'

export type SheetKind = 'xlsx' | 'csv'

export function sheetKindOf(fileName: string, bytes: Buffer): SheetKind | null {
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
  if (/\.xlsx$/i.test(fileName)) return isZip ? 'xlsx' : null
  if (/\.csv$/i.test(fileName)) return isZip ? null : 'csv'
  return null
}

/** Yields every row (1-based row number and its cells) from row `from` on. */
export async function* readRows(bytes: Buffer, kind: SheetKind, from = 1): AsyncGenerator<{ rowNumber: number; cells: string[] }> {
  if (kind === 'csv') yield* csvRows(bytes, from)
  else yield* xlsxRows(bytes, from)
}
