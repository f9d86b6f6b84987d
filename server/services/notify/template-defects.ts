// A template id that WeChat refuses is a configuration defect, not a passing failure: it
// is recorded once per template (and logged once) for street staff to see on 系统状态,
// and the messages stay in the inbox. 40037 (invalid template id) refuses every message,
// so later messages of that template are not tried at all; 47003 (a keyword's format)
// depends on the values, so each message is still tried once, never retried.
import { AppError, type MessageKind } from '../../../domain'
import type { Deps } from '../../core/deps'

/** WeChat codes that mean the template configuration is wrong. */
export const TEMPLATE_DEFECT_CODES = [40037, 47003] as const
/** The code after which a template is not tried again. */
const WHOLE_TEMPLATE = 40037

export const defectCodeOf = (error: string | undefined): number | null => {
  const code = error?.startsWith('WX_') ? Number(error.slice(3)) : NaN
  return (TEMPLATE_DEFECT_CODES as readonly number[]).includes(code) ? code : null
}

/** Records the defect unless this template already has one; logs only when new. */
export async function recordTemplateDefect(deps: Deps, d: { kind: MessageKind; templateId: string; errCode: number; messageId: string }, nowIso: string): Promise<void> {
  const col = deps.store.collection('templateDefects')
  const known = await col.get(d.templateId)
  // A template first refused for a keyword and now as a whole is not tried again.
  if (known && known.errCode !== WHOLE_TEMPLATE && d.errCode === WHOLE_TEMPLATE) await col.update(d.templateId, { errCode: d.errCode, messageId: d.messageId, at: nowIso })
  if (known) return
  try {
    await col.insert({ _id: d.templateId, ...d, at: nowIso })
  } catch (err) {
    // Another sender recorded it first.
    if (err instanceof AppError && err.code === 'CONFLICT') return
    throw err
  }
  deps.log.error('subscribe message template refused by WeChat: fix ANJU_TEMPLATE_IDS', { kind: d.kind, templateId: d.templateId, errCode: d.errCode })
}

/**
 * Whether messages of a template are known to be refused whole (its code, else null);
 * remembered per dispatch run so a batch reads each template's record once.
 */
export function templateRefusals(deps: Deps) {
  const known = new Map<string, number | null>()
  return {
    async refused(templateId: string | undefined): Promise<number | null> {
      if (!templateId) return null
      if (!known.has(templateId)) {
        const d = await deps.store.collection('templateDefects').get(templateId)
        known.set(templateId, d && d.errCode === WHOLE_TEMPLATE ? d.errCode : null)
      }
      return known.get(templateId)!
    },
    note(templateId: string, errCode: number): void {
      if (errCode === WHOLE_TEMPLATE) known.set(templateId, errCode)
    },
  }
}
