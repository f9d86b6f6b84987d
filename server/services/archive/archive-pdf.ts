// Lays 一户一档 out as a printable A4 PDF: title, then each section's facts as label and
// value, its list lines, and its photos as thumbnails three a row. Chinese text is set in
// Noto Sans SC (the plates' font, embedded as a subset). A photo that cannot be read is
// printed as 照片已不存在, never failing the archive.
import { cjkFont } from '../plate-pdf'
import type { ArchiveContent } from './archive-content'
// Required, not imported, for the same reason as in plate-pdf.ts (the cloud bundle).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument: typeof import('pdfkit') = require('pdfkit')

const MARGIN = 40
const WIDTH = 595.28 - 2 * MARGIN
const BOTTOM = 841.89 - MARGIN
const THUMB = (WIDTH - 2 * 10) / 3

export async function archivePdf(content: ArchiveContent, photo: (fileId: string) => Promise<Buffer | null>, printedOn: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, font: cjkFont(), info: { Title: content.title } })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  const room = (h: number) => {
    if (doc.y + h > BOTTOM) doc.addPage()
  }
  doc.fontSize(18).fillColor('#000').text(content.title, { width: WIDTH })
  doc.fontSize(10).fillColor('#444').text(`${content.subtitle}    打印日期 ${printedOn}`, { width: WIDTH })
  for (const s of content.sections) {
    room(60)
    doc.moveDown(0.8).fontSize(14).fillColor('#000').text(s.heading, MARGIN, doc.y, { width: WIDTH })
    doc.moveDown(0.3)
    for (const [label, value] of s.facts) {
      room(16)
      doc.fontSize(10).fillColor('#555').text(`${label}：`, MARGIN, doc.y, { continued: true }).fillColor('#000').text(value, { width: WIDTH })
    }
    if (s.lines.length) doc.moveDown(0.3)
    for (const line of s.lines) {
      room(14)
      doc.fontSize(9).fillColor('#222').text(line, MARGIN, doc.y, { width: WIDTH })
    }
    for (let i = 0; i < s.photos.length; i += 3) {
      room(THUMB + 10)
      const y = doc.y + 6
      for (const [k, fileId] of s.photos.slice(i, i + 3).entries()) {
        const x = MARGIN + k * (THUMB + 10)
        const bytes = await photo(fileId)
        try {
          if (!bytes) throw new Error('missing')
          doc.image(bytes, x, y, { fit: [THUMB, THUMB], align: 'center', valign: 'center' })
        } catch {
          doc.rect(x, y, THUMB, THUMB).strokeColor('#999').stroke()
          doc.fontSize(9).fillColor('#666').text('照片已不存在', x, y + THUMB / 2 - 6, { width: THUMB, align: 'center', lineBreak: false })
        }
      }
      doc.x = MARGIN
      doc.y = y + THUMB + 4
    }
  }
  doc.end()
  await ended
  return Buffer.concat(chunks)
}
