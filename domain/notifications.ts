// What the system tells people, and how each kind maps onto a WeChat subscription
// message template. Template ids are configuration (they come from the admin console);
// the kinds and keywords are here so the list to apply for is in one place.

export const MESSAGE_KINDS = ['emergencyPatrol', 'deadlineReminder', 'escalation', 'caseUpdate', 'disasterMajor', 'weatherWarning', 'accountBound', 'farmerReport'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

export interface TemplateDef {
  /** The template's title as chosen in the WeChat admin console. */
  title: string
  keywords: ReadonlyArray<{ key: string; label: string }>
}

// Kept as literal types: the keywords of each kind are the fields its messages must fill
// (TemplateFields), so a message of one kind cannot be sent with another's fields.
export const TEMPLATE_DEFS = {
  emergencyPatrol: {
    title: '应急巡查任务通知',
    keywords: [
      { key: 'thing1', label: '预警类型' },
      { key: 'thing2', label: '巡查范围' },
      { key: 'time3', label: '完成时限' },
      { key: 'thing4', label: '温馨提示' },
    ],
  },
  deadlineReminder: {
    title: '待办事项提醒',
    keywords: [
      { key: 'thing1', label: '事项名称' },
      { key: 'time2', label: '截止时间' },
      { key: 'thing3', label: '备注' },
    ],
  },
  escalation: {
    title: '逾期事项督办提醒',
    keywords: [
      { key: 'thing1', label: '事项名称' },
      { key: 'thing2', label: '所属村社' },
      { key: 'time3', label: '原定期限' },
    ],
  },
  caseUpdate: {
    title: '办理进度通知',
    keywords: [
      { key: 'thing1', label: '办理事项' },
      { key: 'phrase2', label: '办理状态' },
      { key: 'thing3', label: '温馨提示' },
    ],
  },
  weatherWarning: {
    title: '天气安全提醒',
    keywords: [
      { key: 'thing1', label: '预警名称' },
      { key: 'thing2', label: '防范提示' },
      { key: 'thing3', label: '安置地点' },
    ],
  },
  disasterMajor: {
    title: '灾情上报提醒',
    keywords: [
      { key: 'thing1', label: '灾情类型' },
      { key: 'thing2', label: '上报村社' },
      { key: 'thing3', label: '情况说明' },
    ],
  },
  accountBound: {
    title: '账号绑定通知',
    keywords: [
      { key: 'thing1', label: '绑定对象' },
      { key: 'thing2', label: '所属村社' },
      { key: 'time3', label: '绑定时间' },
    ],
  },
  farmerReport: {
    title: '隐患上报通知',
    keywords: [
      { key: 'thing1', label: '上报人' },
      { key: 'thing2', label: '隐患情况' },
      { key: 'time3', label: '上报时间' },
    ],
  },
} as const satisfies Record<MessageKind, TemplateDef>

/** The keyword keys of a kind's template, e.g. 'thing1' | 'phrase2' | 'thing3' for caseUpdate. */
export type TemplateKey<K extends MessageKind> = (typeof TEMPLATE_DEFS)[K]['keywords'][number]['key']

/** What a message of kind K fills in: one value per keyword of its template, no more, no less. */
export type TemplateFields<K extends MessageKind> = { [P in TemplateKey<K>]: string }

const LIMITS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, number: 32, letter: 32, car_number: 8 }

// CJK ideographs by range: a Unicode property escape would not parse on older phones'
// JavaScript engines, and the domain module ships in the mini-program too.
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * WeChat's time and date keywords take "2026年11月29日 10:00" (or a time alone); our
 * values are "2026-11-29 10:00" or a date. A time without its clock reads as the end of
 * that day: every date-only time we send is a deadline.
 */
function chineseDateTime(type: 'time' | 'date', v: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}:\d{2}))?/.exec(v)
  if (!m) return v
  const day = `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
  const clock = m[4] ?? (type === 'time' ? '23:59' : '')
  return clock ? `${day} ${clock.padStart(5, '0')}` : day
}

/**
 * Fits a value to its keyword's rules (WeChat refuses the whole message with 47003
 * otherwise): thing ≤ 20 characters; phrase ≤ 5 Chinese characters and nothing else;
 * name ≤ 10 Chinese characters (or 20 letters); character_string ≤ 32 without Chinese;
 * numbers digits only; time and date in Chinese order. Never empty.
 */
export function fitKeyword(key: string, value: string): string {
  const type = key.replace(/\d+$/, '')
  let v = value.replace(/\s+/g, ' ')
  if (type === 'character_string' || type === 'letter') v = v.replace(/[^\x20-\x7e]/g, '')
  if (type === 'number') v = v.replace(/[^\d.]/g, '')
  if (type === 'phrase') v = Array.from(v).filter((ch) => HAN.test(ch)).join('')
  if (type === 'name' && HAN.test(v)) v = Array.from(v).filter((ch) => HAN.test(ch) || ch === '·').join('')
  if (type === 'time' || type === 'date') v = chineseDateTime(type, v.trim())
  v = v.trim()
  const max = type === 'name' && !HAN.test(v) ? 20 : LIMITS[type]
  // A phrase or a name is a short word: cut it clean; longer texts get an ellipsis.
  if (type === 'phrase' || type === 'name') v = Array.from(v).slice(0, max).join('')
  else if (max !== undefined && Array.from(v).length > max) v = Array.from(v).slice(0, max - 1).join('') + '…'
  return v || '-'
}

/** The stored fields of a message (as the outbox keeps them) fitted to its template's keywords. */
export function fitFields(kind: MessageKind, fields: Partial<Record<string, string>>): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  const def: TemplateDef = TEMPLATE_DEFS[kind]
  for (const { key } of def.keywords) out[key] = { value: fitKeyword(key, fields[key] ?? '') }
  return out
}
