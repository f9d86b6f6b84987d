// Reading one row of a department's list (or of our own ledger export): which column is
// which, and what makes a row valid. Pure: the caller resolves village names.
import { CATEGORY_LABELS, type Category } from '../enums'
import { isValidIdNumber } from '../privacy'
import { normalizePhone, type PhoneOptions } from '../phone-numbers'
import { HOUSE_COLUMN_HEADERS, HOUSE_LIST_COLUMNS, type HouseListColumn, type RowError } from './house-list-columns'

export const LIST_COLUMNS = ['householdId', 'village', 'group', 'name', 'idNumber', 'phone', 'categories', 'members', 'address'] as const
export type ListColumn = (typeof LIST_COLUMNS)[number]

/** The header written in our template and ledger export, first alias of each column. */
export const COLUMN_HEADERS: Record<ListColumn, string[]> = {
  householdId: ['档案编号'],
  village: ['村（社区）', '村/社区', '村', '社区', '所属村', '行政村', '村居'],
  group: ['组', '村民小组', '社', '组别'],
  name: ['户主姓名', '姓名', '户主', '监测对象姓名'],
  idNumber: ['身份证号', '身份证号码', '公民身份号码', '证件号码'],
  phone: ['联系电话', '电话', '手机号', '手机号码'],
  categories: ['监测类别', '类别', '对象类别', '人员类别'],
  members: ['家庭人口', '人口数', '家庭人口数'],
  address: ['住址', '家庭住址', '地址'],
}

/** Every column a list may carry: the household's, then the optional house columns. */
export const SHEET_COLUMNS = [...LIST_COLUMNS, ...HOUSE_LIST_COLUMNS] as const
export type SheetColumn = ListColumn | HouseListColumn
const SHEET_HEADERS: Record<SheetColumn, string[]> = { ...COLUMN_HEADERS, ...HOUSE_COLUMN_HEADERS }

export const REQUIRED_COLUMNS: ListColumn[] = ['village', 'name', 'idNumber', 'categories']

const normalizeHeader = (h: string) => h.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')

/** Maps a header row to column positions; unknown headers are ignored. */
export function mapHeaders(headers: string[]): { columns: Partial<Record<SheetColumn, number>>; missing: ListColumn[] } {
  const columns: Partial<Record<SheetColumn, number>> = {}
  headers.forEach((raw, index) => {
    const h = normalizeHeader(raw ?? '')
    for (const col of SHEET_COLUMNS) {
      if (columns[col] === undefined && SHEET_HEADERS[col].some((alias) => normalizeHeader(alias) === h)) columns[col] = index
    }
  })
  return { columns, missing: REQUIRED_COLUMNS.filter((c) => columns[c] === undefined) }
}

const CATEGORY_ALIASES: Record<string, Category> = {
  易返贫致贫户: 'unstable',
  脱贫不稳定户: 'unstable',
  边缘易致贫户: 'unstable',
  突发严重困难户: 'hardship',
  低保户: 'dibao',
  低保: 'dibao',
  农村低保户: 'dibao',
  特困: 'tekun',
  特困人员: 'tekun',
  特困供养: 'tekun',
  分散供养特困人员: 'tekun',
  严重困难家庭: 'hardship',
  低保边缘: 'dibaoEdge',
  低保边缘家庭: 'dibaoEdge',
  其他脱贫户: 'otherPoverty',
  脱贫户: 'otherPoverty',
}
for (const [code, label] of Object.entries(CATEGORY_LABELS)) CATEGORY_ALIASES[label] = code as Category

export function parseCategories(text: string): { categories: Category[]; unknown: string[] } {
  const parts = text.split(/[、,，;；/\s]+/).map((p) => p.trim()).filter(Boolean)
  const categories = new Set<Category>()
  const unknown: string[] = []
  for (const p of parts) {
    const c = CATEGORY_ALIASES[p]
    if (c) categories.add(c)
    else unknown.push(p)
  }
  return { categories: [...categories], unknown }
}

export const formatCategories = (cs: readonly Category[]) => cs.map((c) => CATEGORY_LABELS[c]).join('、')

export interface ParsedListRow {
  householdId: string | null
  villageName: string
  group: string
  /** Null when masked (a ledger export): keep the stored one. */
  name: string | null
  /** Null when the file carries the masked value of a ledger export: keep the stored one. */
  idNumber: string | null
  idMasked: string | null
  phone: string | null
  phoneMasked: string | null
  categories: Category[]
  members: number | null
  address: string
}

const isMasked = (v: string) => v.includes('*')

export interface ListRowOptions extends PhoneOptions {
  /** Columns whose cell the sheet stored as a number, not as text. */
  numberCells?: ReadonlySet<SheetColumn>
}

export const ID_DIGITS_LOST = '身份证号被 Excel 存成了数字，后几位已丢失。请把这一列设为“文本”格式后重新填写'
export const ID_FIRST_GENERATION = '这是 15 位的第一代身份证号，请改填此人现在的 18 位身份证号（见身份证或户口簿）'
export const PHONE_FORMAT = '电话应为 11 位手机号，或带区号的座机号（如 023-45671234）'
export const PHONE_ZERO_LOST = '电话被 Excel 存成了数字，区号前面的 0 丢了。请把这一列设为“文本”格式后重新填写'

/**
 * Why an unmasked ID number is refused, or null. Excel keeps 15 digits of a number: an ID
 * typed into a General cell comes back as 5.00231E+17 (as a .csv shows it) or with its
 * last digits turned to 0, which is not a typo of the check digit.
 */
function idNumberProblem(v: string, fromNumberCell: boolean): string | null {
  if ((fromNumberCell && v.length > 15) || /^\d(\.\d+)?E\+?\d+$/i.test(v)) return ID_DIGITS_LOST
  if (/^\d{15}$/.test(v)) return ID_FIRST_GENERATION
  if (!/^\d{17}[\dX]$/.test(v)) return '身份证号应为 18 位'
  if (!isValidIdNumber(v)) return v.endsWith('000') ? ID_DIGITS_LOST : '身份证号校验位不对，请核对'
  return null
}

/** Validates one row's cells (already mapped to columns, as trimmed text). */
export function parseListRow(cells: Partial<Record<ListColumn, string>>, options: ListRowOptions = {}): { row: ParsedListRow; errors: RowError[] } {
  const errors: RowError[] = []
  const get = (c: ListColumn) => (cells[c] ?? '').trim()
  const header = (c: ListColumn) => COLUMN_HEADERS[c][0]!
  const householdId = get('householdId') || null

  const rawName = get('name')
  let name: string | null = null
  if (!rawName) errors.push({ column: header('name'), message: '姓名不能为空' })
  else if (isMasked(rawName)) {
    if (!householdId) errors.push({ column: header('name'), message: '姓名是脱敏的，只有带“档案编号”的台账行可以这样填' })
  } else if (rawName.length > 20) errors.push({ column: header('name'), message: '姓名最多 20 个字' })
  else name = rawName

  const rawId = get('idNumber').toUpperCase()
  let idNumber: string | null = null
  let idMasked: string | null = null
  if (!rawId) errors.push({ column: header('idNumber'), message: '身份证号不能为空' })
  else if (isMasked(rawId)) {
    if (!householdId) errors.push({ column: header('idNumber'), message: '身份证号是脱敏的，只有带“档案编号”的台账行可以这样填' })
    idMasked = rawId
  } else {
    const problem = idNumberProblem(rawId, options.numberCells?.has('idNumber') ?? false)
    if (problem) errors.push({ column: header('idNumber'), message: problem })
    else idNumber = rawId
  }

  const rawPhone = get('phone')
  let phone: string | null = null
  let phoneMasked: string | null = null
  if (rawPhone) {
    if (isMasked(rawPhone)) {
      if (!householdId) errors.push({ column: header('phone'), message: '电话是脱敏的，只有带“档案编号”的台账行可以这样填' })
      phoneMasked = rawPhone
    } else {
      phone = normalizePhone(rawPhone, options)
      // 02345671234 typed into a General cell comes back as 2345671234.
      const zeroLost = !phone && options.numberCells?.has('phone') && normalizePhone(`0${rawPhone}`) !== null
      if (!phone) errors.push({ column: header('phone'), message: zeroLost ? PHONE_ZERO_LOST : PHONE_FORMAT })
    }
  }

  const villageName = get('village')
  if (!villageName) errors.push({ column: header('village'), message: '村（社区）不能为空' })

  const { categories, unknown } = parseCategories(get('categories'))
  if (unknown.length) errors.push({ column: header('categories'), message: `不认识的监测类别：${unknown.join('、')}` })
  else if (categories.length === 0) errors.push({ column: header('categories'), message: '监测类别不能为空' })

  const rawMembers = get('members')
  let members: number | null = null
  if (rawMembers) {
    const n = Number(rawMembers)
    if (!Number.isInteger(n) || n < 1 || n > 30) errors.push({ column: header('members'), message: '家庭人口应为 1 到 30 的整数' })
    else members = n
  }

  const group = get('group')
  if (group.length > 20) errors.push({ column: header('group'), message: '组最多 20 个字' })
  const address = get('address')
  if (address.length > 100) errors.push({ column: header('address'), message: '住址最多 100 个字' })
  if (householdId && !/^[A-Za-z0-9_-]{1,64}$/.test(householdId)) errors.push({ column: header('householdId'), message: '档案编号格式不对' })

  return { row: { householdId, villageName, group, name, idNumber, idMasked, phone, phoneMasked, categories, members, address }, errors }
}

/** Labels of the household fields that imports change and the history shows. */
export const HOUSEHOLD_FIELD_LABELS: Record<string, string> = {
  village: '村（社区）',
  name: '户主姓名',
  group: '组',
  address: '住址',
  members: '家庭人口',
  phone: '联系电话',
  categories: '监测类别',
  status: '监测状态',
  house: '房屋',
  houseGps: '房屋定位',
}
