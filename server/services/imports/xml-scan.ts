// Just enough XML for the parts of an .xlsx: the elements of one name from a stream, as
// text, with attributes and text content. The parts are machine-written, flat and
// regular; a general parser built an object per node and made reading a 100,000-row sheet
// (and skipping to where the last chunk stopped) most of the import's reading time.
import type { Readable } from 'node:stream'
import { StringDecoder } from 'node:string_decoder'

const NAME_END = new Set([32, 9, 10, 13, 47, 62]) // space, tab, LF, CR, '/', '>'

/** Each `<tag …>…</tag>` or `<tag …/>` element of the stream, whole, in order. */
export async function* xmlElements(stream: Readable, tag: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8')
  const open = `<${tag}`
  const close = `</${tag}>`
  let buf = ''
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    buf += decoder.write(chunk)
    let at = 0
    for (;;) {
      const start = buf.indexOf(open, at)
      if (start < 0) {
        // Keep a tail that may be the start of the next element.
        at = Math.max(at, buf.length - open.length)
        break
      }
      if (start + open.length >= buf.length) {
        at = start
        break
      }
      if (!NAME_END.has(buf.charCodeAt(start + open.length))) {
        // A longer name with the same start, such as <sheetData> for <sheet.
        at = start + open.length
        continue
      }
      const gt = buf.indexOf('>', start)
      if (gt < 0) {
        at = start
        break
      }
      if (buf.charCodeAt(gt - 1) === 47) {
        yield buf.slice(start, gt + 1)
        at = gt + 1
        continue
      }
      const end = buf.indexOf(close, gt)
      if (end < 0) {
        at = start
        break
      }
      yield buf.slice(start, end + close.length)
      at = end + close.length
    }
    buf = buf.slice(at)
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name] ?? whole
  })
}

/** An attribute of the element's start tag, decoded; null when absent. */
export function attribute(element: string, name: string): string | null {
  const tagEnd = element.indexOf('>')
  const tag = tagEnd < 0 ? element : element.slice(0, tagEnd)
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)
  return m ? decodeXml(m[1]!) : null
}

/**
 * The text of a string item (<si>, or a cell's <is>): its <t> runs joined, without the
 * phonetic guide runs (<rPh>) that Excel stores beside East Asian text.
 */
export function runText(element: string): string {
  const body = element.includes('<rPh') ? element.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : element
  let out = ''
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += m[1]
  return decodeXml(out)
}
