// The caller's messages (inbox.*).
import { z } from 'zod'
import { id, pageInput } from '../validation'
import { contract } from './define'
import type { Page } from '../model'

export interface InboxItem {
  id: string
  kind: import('../notifications').MessageKind
  title: string
  body: string
  page: string
  createdAt: string
  read: boolean
  /** Whether WeChat pushed it too (see PUSH_STATE_TEXT). */
  push: import('../notify-roles').PushState
}

export const inboxContracts = {
  'inbox.list': contract<Page<InboxItem> & { unread: number }>()({
    input: z.strictObject({ ...pageInput }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader', 'district'],
    writes: false,
    example: { page: 1 },
  }),
  'inbox.read': contract<{ unread: number }>()({
    input: z.strictObject({ ids: z.array(id().max(200)).max(100).optional(), all: z.boolean().default(false) }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader', 'district'],
    writes: true,
    example: { all: true },
  }),
}
