// Writes an .xlsx with exceljs's streaming writer into memory, one row at a time, so a
// sheet of 100,000 rows never holds all its cells at once.
import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import { cleanText } from '../../../domain'

export interface SheetSpec {
  name: string
  columns: Array<{ header: string; width: number }>
}

export class XlsxWriter {
  private readonly chunks: Buffer[] = []
  private readonly stream = new PassThrough()
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter

  constructor() {
    this.stream.on('data', (c: Buffer) => this.chunks.push(c))
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.stream, useStyles: true, useSharedStrings: false })
  }

  sheet(spec: SheetSpec): ExcelJS.Worksheet {
    const ws = this.workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = spec.columns.map((c, i) => ({ header: c.header, key: String(i), width: c.width }))
    ws.getRow(1).font = { bold: true }
    // Text stored before input was cleaned may still hold a control character, which
    // would make the whole workbook unreadable: every row's strings are cleaned here.
    const addRow = ws.addRow.bind(ws)
    ws.addRow = ((values: unknown, style?: string) =>
      addRow(Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? cleanText(v) : v)) : values, style)) as typeof ws.addRow
    return ws
  }

  async finish(): Promise<Buffer> {
    await this.workbook.commit()
    return Buffer.concat(this.chunks)
  }
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
