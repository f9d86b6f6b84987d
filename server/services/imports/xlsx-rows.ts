// The rows of an .xlsx's first worksheet as trimmed text cells, streamed. The shared
// strings are read first whatever the order of the zip's entries (ExcelJS's streaming
// reader wrote the sheet to a temporary file when it came first, as it does in Excel's
// own files, and left the file behind when the reading stopped early), and rows before
// `from` are passed over without reading their cells: each chunk of an import starts
// the file again from the top.
import crypto from 'node:crypto'
import { BadZip, entryData, entryStream, zipEntries, type ZipEntry } from './zip-entries'
import { attribute, decodeXml, runText, xmlElements } from './xml-scan'

/** The file cannot be read as a list; the message is for the person who uploaded it. */
export class UnreadableSheet extends Error {}

const UNREADABLE = '文件无法读取：不是有效的 .xlsx 文件，或文件已损坏。请用 Excel 重新保存后上传'

async function partText(bytes: Buffer, entry: ZipEntry): Promise<string> {
  const chunks: Buffer[] = []
  for await (const c of entryStream(bytes, entry) as AsyncIterable<Buffer>) chunks.push(c)
  return Buffer.concat(chunks).toString('utf8')
}

/** Relationship targets of the workbook by id, as paths inside the zip. */
async function workbookTargets(bytes: Buffer, entries: Map<string, ZipEntry>): Promise<Array<{ id: string; type: string; path: string }>> {
  const rels = entries.get('xl/_rels/workbook.xml.rels')
  if (!rels) return []
  const xml = await partText(bytes, rels)
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => {
    const target = attribute(tag, 'Target') ?? ''
    return { id: attribute(tag, 'Id') ?? '', type: attribute(tag, 'Type') ?? '', path: target.startsWith('/') ? target.slice(1) : `xl/${target}` }
  })
}

async function firstSheetAndStrings(bytes: Buffer, entries: Map<string, ZipEntry>): Promise<{ sheet: ZipEntry; strings: ZipEntry | undefined }> {
  const targets = await workbookTargets(bytes, entries)
  const workbook = entries.get('xl/workbook.xml')
  let sheet: ZipEntry | undefined
  if (workbook) {
    // The first sheet in the workbook's own order, as Excel shows the tabs.
    const first = /<sheet\b[^>]*>/.exec(await partText(bytes, workbook))?.[0]
    const relId = first ? /\s[\w]+:id="([^"]*)"/.exec(first)?.[1] : undefined
    const target = targets.find((t) => t.id === relId)
    sheet = target && entries.get(target.path)
  }
  sheet ??= [...entries.values()].filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name)).sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }))[0]
  if (!sheet) throw new UnreadableSheet(UNREADABLE)
  const stringsPath = targets.find((t) => t.type.endsWith('/sharedStrings'))?.path ?? 'xl/sharedStrings.xml'
  return { sheet, strings: entries.get(stringsPath) }
}

/**
 * The shared strings of the workbook read last, kept for the next chunk of the same import.
 * Each chunk reads the file from the top, and reading a 100,000-row list's 200,000 strings
 * again each time was most of what a chunk left behind (~20 MB, long-lived enough to be
 * promoted), which raised the function's peak memory. Keyed by the part's stored bytes;
 * one workbook at a time, dropped a minute after its last use so that a list's names and
 * ID numbers do not stay in a warm instance's memory.
 */
const KEEP_STRINGS_MS = 60_000
let kept: { key: string; strings: string[]; timer: NodeJS.Timeout } | null = null

function keep(key: string, strings: string[]): void {
  if (kept) clearTimeout(kept.timer)
  const timer = setTimeout(() => (kept = null), KEEP_STRINGS_MS)
  // An instance with nothing else to do may end; the strings go with it.
  timer.unref()
  kept = { key, strings, timer }
}

async function sharedStrings(bytes: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return []
  const key = crypto.createHash('sha256').update(entryData(bytes, entry)).digest('hex')
  if (kept?.key === key) {
    keep(key, kept.strings)
    return kept.strings
  }
  const out: string[] = []
  for await (const si of xmlElements(entryStream(bytes, entry), 'si')) out.push(runText(si))
  keep(key, out)
  return out
}

/** Column index (0-based) of a cell reference's letters: A → 0, Z → 25, AA → 26. */
function columnIndex(letters: string): number {
  let n = 0
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64)
  return n - 1
}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g
const CELL_REF = /\sr="([A-Z]+)\d+"/
const CELL_TYPE = /\st="(\w+)"/
const VALUE = /<v>([\s\S]*?)<\/v>/

/** A cell's value as the text a person typed or sees, as ExcelJS rendered it before. */
function cellText(type: string | undefined, body: string | undefined, strings: string[]): string {
  if (!body) return ''
  if (type === 'inlineStr') return runText(body).trim()
  const raw = VALUE.exec(body)?.[1]
  if (raw === undefined) return ''
  const v = decodeXml(raw)
  switch (type) {
    case 's':
      return (strings[Number(v)] ?? '').trim()
    case 'str':
      return v.trim()
    case 'b':
      return v === '1' ? 'true' : 'false'
    case 'e':
      return ''
    case 'd': {
      const d = new Date(v)
      return Number.isNaN(d.getTime()) ? v.trim() : d.toISOString().slice(0, 10)
    }
    default: {
      const n = Number(v)
      return Number.isFinite(n) ? String(n) : v.trim()
    }
  }
}

/**
 * A number cell. Only the cell's type tells what Excel did to a number typed into a
 * General cell: an ID number kept 15 digits (5.00231E+17), a landline lost its leading 0.
 */
function isNumber(type: string | undefined, body: string | undefined): boolean {
  if (type !== undefined && type !== 'n') return false
  const raw = body && VALUE.exec(body)?.[1]
  return raw !== undefined && raw !== '' && Number.isFinite(Number(raw))
}

function rowCells(row: string, strings: string[]): { cells: string[]; numberCells?: number[] } {
  const cells: string[] = []
  const numberCells: number[] = []
  let next = 0
  for (const m of row.matchAll(CELL)) {
    const attrs = m[1]!
    const ref = CELL_REF.exec(attrs)
    const col = ref ? columnIndex(ref[1]!) : next
    while (cells.length < col) cells.push('')
    const type = CELL_TYPE.exec(attrs)?.[1]
    cells[col] = cellText(type, m[2], strings)
    if (isNumber(type, m[2])) numberCells.push(col)
    next = col + 1
  }
  return numberCells.length ? { cells, numberCells } : { cells }
}

export interface SheetRow {
  rowNumber: number
  cells: string[]
  /** Columns (0-based) whose cell was a number, not text; absent when none. */
  numberCells?: number[]
}

export async function* xlsxRows(bytes: Buffer, from: number): AsyncGenerator<SheetRow> {
  try {
    const entries = zipEntries(bytes)
    const { sheet, strings: stringsEntry } = await firstSheetAndStrings(bytes, entries)
    const strings = await sharedStrings(bytes, stringsEntry)
    let rowNumber = 0
    for await (const row of xmlElements(entryStream(bytes, sheet), 'row')) {
      const r = /^<row\b[^>]*?\sr="(\d+)"/.exec(row)
      rowNumber = r ? Number(r[1]) : rowNumber + 1
      if (rowNumber < from) continue
      yield { rowNumber, ...rowCells(row, strings) }
    }
  } catch (err) {
    // A damaged zip or deflate stream is the file's fault, not the server's.
    if (err instanceof BadZip || (err as { code?: string }).code?.startsWith('Z_')) throw new UnreadableSheet(UNREADABLE)
    throw err
  }
}
