// A department's list saved as .csv: by Excel on Chinese Windows (GB18030), or as UTF-8.
import { csvRows } from '../../server/services/imports/csv-rows'

const rowsOf = (bytes: Buffer, from = 1) => [...csvRows(bytes, from)].map((r) => [r.rowNumber, r.cells] as const)

it('keeps every value as text, trimmed, with quoted commas, quotes and line breaks', () => {
  const csv = '\uFEFF村,身份证号,住址\r\n玉龙村 , 500224196203045514,"2组 8号, 东侧"\r\n"狮子村","50022419620304551X","写着""老屋""\n的那户"\r\n'
  expect(rowsOf(Buffer.from(csv))).toEqual([
    [1, ['村', '身份证号', '住址']],
    [2, ['玉龙村', '500224196203045514', '2组 8号, 东侧']],
    [3, ['狮子村', '50022419620304551X', '写着"老屋"\n的那户']],
  ])
})

it('reads GB18030, as Excel on Chinese Windows saves a CSV', () => {
  // 玉龙村,1组 in GB18030.
  const gb = Buffer.from([0xd3, 0xf1, 0xc1, 0xfa, 0xb4, 0xe5, 0x2c, 0x31, 0xd7, 0xe9, 0x0d, 0x0a])
  expect(rowsOf(gb)).toEqual([[1, ['玉龙村', '1组']]])
})

it('numbers rows as lines of the sheet, blank ones included, and starts where asked', () => {
  const csv = Buffer.from('村,名\n\n玉龙村,张三\r狮子村,李四')
  expect(rowsOf(csv)).toEqual([
    [1, ['村', '名']],
    [2, ['']],
    [3, ['玉龙村', '张三']],
    [4, ['狮子村', '李四']],
  ])
  expect(rowsOf(csv, 3)).toEqual([
    [3, ['玉龙村', '张三']],
    [4, ['狮子村', '李四']],
  ])
})
