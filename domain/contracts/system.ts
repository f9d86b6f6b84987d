// The system status (system.*).
import { z } from 'zod'
import type { MessageKind } from '../notifications'
import { contract } from './define'

export interface TemplateStatus {
  kind: MessageKind
  name: string
  templateId: string | null
  longTerm: boolean
  /** WeChat refused the template id: a configuration defect. */
  defect: { errCode: number; text: string; at: string } | null
}

export const systemContracts = {
  'system.status': contract<{ templates: TemplateStatus[] }>()({
    input: z.strictObject({}),
    roles: ['staff'],
    writes: false,
    example: {},
  }),
}
