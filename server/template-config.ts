// ANJU_TEMPLATE_IDS: the subscription message template of each message kind, and whether
// it is a long-term template (政务民生 category, one consent for many messages) or a
// one-time one (one consent, one message). Both spellings are accepted:
//   {"caseUpdate":"TPL"}                          one-time
//   {"caseUpdate":{"id":"TPL","longTerm":true}}   long-term
import { z } from 'zod'
import { MESSAGE_KINDS, type MessageKind } from '../domain'

export interface TemplateSetting {
  id: string
  longTerm: boolean
}

export type TemplateSettings = Partial<Record<MessageKind, TemplateSetting>>

const templateId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '模板 id 只能是字母、数字、- 和 _（1 到 64 个）')

const entry = z.union([
  templateId.transform((id): TemplateSetting => ({ id, longTerm: false })),
  z.strictObject({ id: templateId, longTerm: z.boolean().default(false) }),
])

const schema = z.record(z.string(), entry).superRefine((v, ctx) => {
  for (const k of Object.keys(v)) {
    if (!(MESSAGE_KINDS as readonly string[]).includes(k)) {
      ctx.addIssue({ code: 'custom', path: [k], message: `unknown message kind "${k}" (known: ${MESSAGE_KINDS.join(', ')})` })
    }
  }
})

/** Parses the JSON text; a readable message per problem otherwise. */
export function parseTemplateSettings(text: string | undefined): { ok: true; value: TemplateSettings } | { ok: false; message: string } {
  if (!text) return { ok: true, value: {} }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'ANJU_TEMPLATE_IDS must be JSON, e.g. {"caseUpdate":"TPL"} or {"caseUpdate":{"id":"TPL","longTerm":true}}' }
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')
    return { ok: false, message: `ANJU_TEMPLATE_IDS: ${issues}; each kind takes "TPL" or {"id":"TPL","longTerm":true}` }
  }
  return { ok: true, value: parsed.data as TemplateSettings }
}

/** kind → template id, for senders that need only the id. */
export function templateIdsOf(settings: TemplateSettings): Partial<Record<MessageKind, string>> {
  const out: Partial<Record<MessageKind, string>> = {}
  for (const [k, s] of Object.entries(settings) as Array<[MessageKind, TemplateSetting]>) out[k] = s.id
  return out
}
