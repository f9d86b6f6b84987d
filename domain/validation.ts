// Shared zod set-up: plain Chinese messages for every rule, and the building blocks that
// every action schema uses, so client forms and the server speak the same words. (zod is
// not re-exported from here: a re-export keeps all of zod in the mini-program bundle.)
import { z } from 'zod'
import type { FieldIssue } from './errors'

function describe(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '必须填写' : '格式不对'
    case 'too_big':
      return issue.origin === 'string' ? `最多 ${issue.maximum} 个字` : issue.origin === 'array' ? `最多 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '必须填写' : `至少 ${issue.minimum} 个字`
      return issue.origin === 'array' ? `至少 ${issue.minimum} 项` : `不能小于 ${issue.minimum}`
    case 'invalid_value':
      return '不是可选的值'
    case 'invalid_format':
      return '格式不对'
    case 'unrecognized_keys':
      return `不认识的内容：${issue.keys.join('、')}`
    case 'not_multiple_of':
      return '数值不对'
    default:
      return '填写有误'
  }
}

z.config({ customError: (issue) => describe(issue) })

export const FIELD_LABELS: Record<string, string> = {
  householdId: '户',
  houseId: '房屋',
  villageId: '村（社区）',
  keyword: '搜索词',
  category: '监测类别',
  grade: '鉴定等级',
  page: '页码',
  pageSize: '每页条数',
}

/** Turns zod issues into field issues and one readable sentence. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
}

export function summarizeIssues(issues: FieldIssue[]): string {
  const first = issues[0]
  if (!first) return '填写的内容有误'
  const key = first.path.split('.')[0] ?? ''
  const label = FIELD_LABELS[key] ?? key
  return label ? `${label}：${first.message}` : first.message
}

// Characters that no person types and that break what free text flows into (a NUL or a
// C0 control makes an .xlsx export unreadable; U+FFFE/FFFF and lone surrogates are not
// valid in XML): C0 controls except tab and newline, DEL, the two noncharacters, and
// surrogates without their pair. Carriage returns become newlines.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g

/** Drops surrogates without their pair (no lookbehind: older iOS engines cannot parse it). */
function dropLoneSurrogates(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!
        i++
      }
    } else if (c < 0xdc00 || c > 0xdfff) out += s[i]!
  }
  return out
}

/** Free text as stored: pasted control characters are dropped, not refused. */
export const cleanText = (s: string): string => dropLoneSurrogates(s.replace(/\r\n?/g, '\n').replace(CONTROL, ''))

// Building blocks. Every string has a length cap so no input can grow without bound.
export const id = () => z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
export const shortText = (max = 50) => z.string().overwrite(cleanText).trim().min(1).max(max)
export const longText = (max = 500) => z.string().overwrite(cleanText).max(max)
export const dateString = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/)
export const pageInput = {
  page: z.number().int().min(1).max(100000).default(1),
  pageSize: z.number().int().min(1).max(50).default(20),
}
