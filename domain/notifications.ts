// What the system tells people, and how each kind maps onto a WeChat subscription
// message template. Template ids are configuration (they come from the admin console);
// the kinds and keywords are here so the list to apply for is in one place.

export const MESSAGE_KINDS = ['emergencyPatrol', 'deadlineReminder', 'escalation', 'caseUpdate', 'disasterMajor', 'accountBound'] as const
export type MessageKind = (typeof MESSAGE_KINDS)[number]

export interface TemplateDef {
  /** The template's title as chosen in the WeChat admin console. */
  title: string
  keywords: Array<{ key: string; label: string }>
}

export const TEMPLATE_DEFS: Record<MessageKind, TemplateDef> = {
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
}

const LIMITS: Record<string, number> = { thing: 20, phrase: 5, name: 10, character_string: 32, number: 32, letter: 32, car_number: 8 }

/**
 * Fits a value to its keyword's rules (WeChat refuses the whole message otherwise):
 * thing ≤ 20 characters, phrase ≤ 5, name ≤ 10, character_string ≤ 32 without Chinese,
 * numbers digits only; time/date pass through. Never empty.
 */
export function fitKeyword(key: string, value: string): string {
  const type = key.replace(/\d+$/, '')
  let v = value.replace(/\s+/g, ' ')
  if (type === 'character_string' || type === 'letter') v = v.replace(/[^\x20-\x7e]/g, '')
  if (type === 'number') v = v.replace(/[^\d.]/g, '')
  v = v.trim()
  const max = LIMITS[type]
  // A phrase is a short status word: cut it clean; longer texts get an ellipsis.
  if (type === 'phrase') v = Array.from(v).slice(0, 5).join('')
  else if (max !== undefined && Array.from(v).length > max) v = Array.from(v).slice(0, max - 1).join('') + '…'
  return v || '-'
}

export function fitFields(kind: MessageKind, fields: Record<string, string>): Record<string, { value: string }> {
  const out: Record<string, { value: string }> = {}
  for (const { key } of TEMPLATE_DEFS[kind].keywords) out[key] = { value: fitKeyword(key, fields[key] ?? '') }
  return out
}
