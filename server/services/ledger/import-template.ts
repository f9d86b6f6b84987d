// The import template: the headers we read, one example row, and a sheet of notes.
import { CATEGORY_LABELS, COLUMN_HEADERS, LIST_COLUMNS, idCheckDigit } from '../../../domain'
import { XlsxWriter } from './xlsx-writer'

const NOTES: Record<string, string> = {
  householdId: '可不填。台账导出的文件带有此列，用来对应已有的户',
  village: '必填。与系统中的村（社区）名称一致，如“玉龙村”“凉水社区”',
  group: '可不填。如“3组”',
  name: '必填。户主姓名',
  idNumber: '必填。18 位身份证号，末位可以是 X；请把单元格设为“文本”，否则 Excel 会把号码变成科学计数法',
  phone: '可不填。手机号，或带区号的座机号（如 023-45671234）',
  categories: `必填。可填多个，用顿号隔开：${Object.values(CATEGORY_LABELS).join('、')}`,
  members: '可不填。家庭人口数',
  address: '可不填。家庭住址',
}

const EXAMPLE_ID = '50022419580712123' + idCheckDigit('50022419580712123')

export async function importTemplate(): Promise<Buffer> {
  const writer = new XlsxWriter()
  const columns = LIST_COLUMNS.filter((c) => c !== 'householdId')
  const ws = writer.sheet({ name: '名单', columns: columns.map((c) => ({ header: COLUMN_HEADERS[c][0]!, width: c === 'idNumber' ? 22 : 14 })) })
  ws.addRow(['玉龙村', '3组', '张三', EXAMPLE_ID, '13812345678', '低保户、易返贫致贫户', 3, '玉龙村3组12号']).commit()
  ws.commit()
  const notes = writer.sheet({ name: '填写说明', columns: [{ header: '列名', width: 14 }, { header: '说明', width: 80 }, { header: '也认得的列名', width: 40 }] })
  for (const c of LIST_COLUMNS) {
    notes.addRow([COLUMN_HEADERS[c][0], NOTES[c], COLUMN_HEADERS[c].slice(1).join('、')]).commit()
  }
  notes.addRow(['文件', '支持 .xlsx 和 .csv（UTF-8 或 Excel 默认的 GBK 编码），最大 20 MB，只读第一个工作表。旧版 .xls 或 WPS 的 .et 文件请先另存为“Excel 工作簿（*.xlsx）”', '']).commit()
  notes.commit()
  return writer.finish()
}
