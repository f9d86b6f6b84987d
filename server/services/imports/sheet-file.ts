// What an uploaded list file really is, by its first bytes as well as its name: an .xlsx
// (a zip holding a workbook), a .csv (text), or one of the files lists also arrive as,
// each refused with words that say what to do. An old .xls, a WPS .et and a workbook with
// an open password are all OLE compound files (D0 CF 11 E0 A1 B1 1A E1): the names of
// their streams tell them apart. No maintained .xls reader without open advisories exists
// on npm (SheetJS left it at 0.18.5), so old workbooks are refused, not read.
import { LIST_FILE_MESSAGES, listFileNameProblem, type ListFileProblem } from '../../../domain'
import { BadZip, zipEntries } from './zip-entries'

export type SheetKind = 'xlsx' | 'csv'

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const stream = (name: string) => Buffer.from(name, 'utf16le')

/** A compound file's kind from the streams its directory names. */
function compoundProblem(bytes: Buffer, named: ListFileProblem | null): ListFileProblem {
  if (bytes.includes(stream('EncryptedPackage')) || bytes.includes(stream('EncryptionInfo'))) return 'encrypted'
  if (bytes.includes(stream('WordDocument'))) return 'document'
  if (named === 'wpsSheet' || named === 'document') return named
  return 'oldXls'
}

/** A zip's kind from its entries; a damaged zip is left for the reader to name. */
function zipProblem(bytes: Buffer): ListFileProblem | null {
  let names: string[]
  try {
    names = [...zipEntries(bytes).keys()]
  } catch (err) {
    if (err instanceof BadZip) return null
    throw err
  }
  if (names.some((n) => n === 'xl/workbook.xml' || n.startsWith('xl/worksheets/'))) return null
  if (names.some((n) => n.startsWith('word/'))) return 'document'
  return 'archive'
}

/** The kind to read the file as, or the problem to tell the person. */
export function sheetFileOf(fileName: string, bytes: Buffer): { kind: SheetKind } | { problem: ListFileProblem; message: string } {
  const refuse = (problem: ListFileProblem) => ({ problem, message: LIST_FILE_MESSAGES[problem] })
  const named = listFileNameProblem(fileName)
  if (bytes.subarray(0, 8).equals(CFB_MAGIC)) return refuse(compoundProblem(bytes, named))
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
  if (isZip) {
    const problem = zipProblem(bytes)
    if (problem) return refuse(problem)
    return named === null && /\.xlsx$/i.test(fileName) ? { kind: 'xlsx' } : refuse(named ?? 'wrongType')
  }
  if (named) return refuse(named)
  return /\.csv$/i.test(fileName) ? { kind: 'csv' } : refuse('wrongType')
}
