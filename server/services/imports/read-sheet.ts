// A department list as rows of trimmed text cells: the first worksheet of an .xlsx, or a
// .csv. Both are read from the top on every chunk and pass over the rows before `from`.
// Which of the two a file is, or why it is neither, is sheet-file.ts's to say.
import { csvRows } from './csv-rows'
import { xlsxRows, type SheetRow } from './xlsx-rows'
import type { SheetKind } from './sheet-file'

/** Yields every row (1-based row number and its cells) from row `from` on. */
export async function* readRows(bytes: Buffer, kind: SheetKind, from = 1): AsyncGenerator<SheetRow> {
  if (kind === 'csv') yield* csvRows(bytes, from)
  else yield* xlsxRows(bytes, from)
}
