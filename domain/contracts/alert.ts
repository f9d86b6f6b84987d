// Weather warnings (alert.*): issued by hand or pulled from QWeather, listed by the street.
import { z } from 'zod'
import { ALERT_COLORS } from '../alerts'
import { id, shortText } from '../validation'
import { contract } from './define'
import type { AlertView } from '../model'
import { isoTime } from './fields'

export const alertContracts = {
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
}
