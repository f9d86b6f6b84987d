// Lays house plates out as a printable PDF: A4, 3 plates a row, 3 rows a page, each with
// its code and the words under it. The Chinese text uses Noto Sans SC (OFL), embedded as a
// subset of the characters used, so the file stays small and prints the same everywhere.
import fs from 'node:fs'
import path from 'node:path'
// Required, not imported: a bundler then takes pdfkit's CommonJS build, whose data files are
// found from __filename; its ES build finds them from import.meta.url, empty in the cloud bundle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PDFDocument: typeof import('pdfkit') = require('pdfkit')

export const PLATES_PER_ROW = 3
export const PLATES_PER_PAGE = 9

export interface PlateContent {
  code: Buffer
  lines: string[]
}

export const PLATE_FONT_FILE = 'NotoSansSC-Regular.ttf'
export const PLATE_FONT_SOURCE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'

/** Beside the cloud bundle (build:cloud copies it there), else from its npm package. */
export function cjkFont(): string {
  const beside = path.join(__dirname, PLATE_FONT_FILE)
  return fs.existsSync(beside) ? beside : require.resolve(PLATE_FONT_SOURCE)
}

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 28
const GAP = 10
const HEADER = 30

export async function platesPdf(title: string, plates: PlateContent[]): Promise<Buffer> {
  // `font` replaces the default Helvetica, whose metrics pdfkit would read from its own files.
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: false, font: cjkFont(), info: { Title: title } })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()))
  const w = (A4.width - 2 * MARGIN - (PLATES_PER_ROW - 1) * GAP) / PLATES_PER_ROW
  const h = (A4.height - 2 * MARGIN - HEADER - 2 * GAP) / 3
  const pages = Math.max(1, Math.ceil(plates.length / PLATES_PER_PAGE))
  for (let p = 0; p < pages; p++) {
    doc.addPage()
    doc.fontSize(14).fillColor('#000').text(`${title}（第 ${p + 1}/${pages} 页）`, MARGIN, MARGIN, { width: A4.width - 2 * MARGIN, lineBreak: false })
    plates.slice(p * PLATES_PER_PAGE, (p + 1) * PLATES_PER_PAGE).forEach((plate, i) => {
      const x = MARGIN + (i % PLATES_PER_ROW) * (w + GAP)
      const y = MARGIN + HEADER + Math.floor(i / PLATES_PER_ROW) * (h + GAP)
      doc.lineWidth(1.5).strokeColor('#1f5fa8').roundedRect(x, y, w, h, 8).stroke()
      doc.fontSize(12).fillColor('#1f5fa8').text('安居哨 · 房屋安全', x, y + 8, { width: w, align: 'center', lineBreak: false })
      const side = Math.min(w - 30, h - 95)
      doc.image(plate.code, x + (w - side) / 2, y + 28, { width: side, height: side })
      doc.fillColor('#222')
      plate.lines.forEach((line, k) => doc.fontSize(k === 0 ? 11 : 9).text(line, x + 6, y + 34 + side + k * 16, { width: w - 12, align: 'center', lineBreak: false, ellipsis: true }))
    })
  }
  doc.end()
  await ended
  return Buffer.concat(chunks)
}
