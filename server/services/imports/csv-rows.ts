// The rows of a .csv as trimmed text cells: UTF-8 (with or without a byte order mark), or
// GB18030 as Excel on Chinese Windows saves it; fields quoted as RFC 4180 says. Every
// value stays text: an 18-digit ID number must not become a number. Rows before `from`
// are scanned but not kept, so each chunk of an import holds one row at a time, not the
// whole sheet (ExcelJS's CSV reader built a worksheet of every row, ~400 MB for 100,000).

function decodeText(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

const QUOTE = 34
const COMMA = 44
const LF = 10
const CR = 13

export function* csvRows(bytes: Buffer, from: number): Generator<{ rowNumber: number; cells: string[] }> {
  const text = decodeText(bytes)
  const n = text.length
  let i = 0
  let rowNumber = 0
  while (i < n) {
    rowNumber++
    const cells: string[] = []
    for (;;) {
      let cell = ''
      if (text.charCodeAt(i) === QUOTE) {
        // A quoted field: commas and line breaks inside are text, "" is one quote.
        i++
        for (;;) {
          const q = text.indexOf('"', i)
          if (q < 0) {
            cell += text.slice(i)
            i = n
            break
          }
          cell += text.slice(i, q)
          i = q + 1
          if (text.charCodeAt(i) !== QUOTE) break
          cell += '"'
          i++
        }
      }
      // Unquoted text (or what follows a closing quote) up to the field's end.
      let j = i
      while (j < n) {
        const c = text.charCodeAt(j)
        if (c === COMMA || c === LF || c === CR) break
        j++
      }
      cells.push((cell + text.slice(i, j)).trim())
      i = j
      if (i < n && text.charCodeAt(i) === COMMA) {
        i++
        continue
      }
      // End of the record: CRLF, LF or CR.
      if (i < n) i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1
      break
    }
    if (rowNumber >= from) yield { rowNumber, cells }
  }
}
