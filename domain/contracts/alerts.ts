import { z } from 'zod'
import { ALERT_COLORS, DAMAGE_GRADES, DISASTER_KINDS } from '../alerts'

import { id, longText, pageInput, shortText } from '../validation'
import { contract } from './define'
import { fileIdOf } from './file-fields'
import type { AlertView, CampaignView, DisasterEventView, DisasterListItem, InboxItem, Page } from '../model'
import { isoTime } from './fields'


export const alertContracts = {
  'inbox.list': contract<Page<InboxItem> & { unread: number }>()({
    input: z.strictObject({ ...pageInput }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: { page: 1 },
  }),
  'inbox.read': contract<{ unread: number }>()({
    input: z.strictObject({ ids: z.array(id().max(200)).max(100).optional(), all: z.boolean().default(false) }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: true,
    example: { all: true },
  }),
  'notify.templates': contract<Array<{ kind: string; templateId: string; title: string }>>()({
    input: z.strictObject({}),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: {},
  }),
  'notify.consent': contract<{ recorded: number }>()({
    input: z.strictObject({
      /** wx.requestSubscribeMessage's answer, per template id: accept / reject / ban. */
      results: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.enum(['accept', 'reject', 'ban', 'filter'])),
      /** Ignored: the server decides from the template's configuration (older app versions still send it). */
      longTerm: z.boolean().optional(),
    }),
    roles: ['farmer', 'inspector', 'staff', 'appraiser', 'leader'],
    writes: true,
    example: { results: { 'tmpl-example': 'accept' } },
  }),
  'alert.issue': contract<AlertView>()({
    input: z.strictObject({
      alertId: id(),
      eventType: z.string().regex(/^\d{4}$/),
      color: z.enum(ALERT_COLORS),
      villageIds: z.array(id()).min(1).max(500),
      startsAt: isoTime(),
      endsAt: isoTime(),
      text: shortText(300),
    }),
    roles: ['staff'],
    writes: true,
    example: { alertId: 'al-example-1', eventType: '1003', color: 'red', villageIds: ['v-yulong'], startsAt: '2026-11-28T10:00:00+08:00', endsAt: '2026-11-29T10:00:00+08:00', text: '暴雨红色预警' },
  }),
  'alert.list': contract<AlertView[]>()({
    input: z.strictObject({ activeOnly: z.boolean().default(true) }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { activeOnly: true },
  }),
  'campaign.step': contract<CampaignView>()({
    input: z.strictObject({ campaignId: id() }),
    roles: ['staff'],
    writes: true,
    example: { campaignId: 'cmp-al-example-1' },
  }),
  'campaign.get': contract<CampaignView>()({
    input: z.strictObject({ campaignId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { campaignId: 'cmp-al-example-1' },
  }),
  'disaster.declare': contract<DisasterEventView>()({
    input: z.strictObject({ eventId: id(), kind: z.enum(DISASTER_KINDS), occurredAt: isoTime(), villageIds: z.array(id()).min(1).max(500), description: shortText(300) }),
    roles: ['staff', 'inspector'],
    writes: true,
    example: { eventId: 'de-example-1', kind: 'flood', occurredAt: '2026-11-28T06:00:00+08:00', villageIds: ['v-yulong'], description: '山洪' },
  }),
  'disaster.report': contract<DisasterEventView>()({
    input: z.strictObject({
      reportId: id(),
      eventId: id(),
      houseId: id(),
      damage: z.enum(DAMAGE_GRADES),
      peopleAffected: z.number().int().min(0).max(100),
      measures: longText(300).default(''),
      major: z.boolean().default(false),
      photos: z.array(fileIdOf('photo')).min(1).max(9),
    }),
    roles: ['inspector'],
    writes: true,
    example: { reportId: 'dr-example-1', eventId: 'de-example-1', houseId: 'ho-yulong-00001-1', damage: 'general', peopleAffected: 2, measures: '', major: false, photos: ['local://uploads/u-insp-yulong/a.jpg'] },
  }),
  'disaster.villageDone': contract<DisasterEventView>()({
    input: z.strictObject({ eventId: id(), villageId: id(), note: longText(200).default('') }),
    roles: ['inspector'],
    writes: true,
    example: { eventId: 'de-example-1', villageId: 'v-yulong', note: '本村无其他受损房屋' },
  }),
  'disaster.list': contract<Page<DisasterListItem>>()({
    input: z.strictObject({ ...pageInput }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { page: 1 },
  }),
  'disaster.get': contract<DisasterEventView>()({
    input: z.strictObject({ eventId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { eventId: 'de-example-1' },
  }),
}

