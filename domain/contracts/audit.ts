// The audit log's reader (audit.*): street staff see who did what in their street, by
// person, action and date, a page at a time.
import { z } from 'zod'
import { dateString, id, pageInput } from '../validation'
import { contract } from './define'
import type { Page } from '../model'

export interface AuditEntryView {
  id: string
  at: string
  actorId: string
  actorName: string
  action: string
  actionLabel: string
  subjectId: string
  /** The recorded details in one line (never personal data: the log holds none). */
  detail: string
}

export const auditContracts = {
  'audit.list': contract<Page<AuditEntryView> & { people: Array<{ id: string; name: string }> }>()({
    input: z.strictObject({
      actorId: id().optional(),
      action: z.string().regex(/^[A-Za-z.]{1,40}$/).optional(),
      from: dateString().optional(),
      to: dateString().optional(),
      ...pageInput,
    }),
    roles: ['staff'],
    writes: false,
    example: { page: 1, pageSize: 20 },
  }),
}
