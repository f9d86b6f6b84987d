// The rules that turn a weather warning into an emergency patrol, as the street sees and
// extends them: the configured ones, the street's own, and warning types nobody knew.
import { z } from 'zod'
import { ALERT_COLORS, CAMPAIGN_SCOPES, type AlertRule } from '../alerts'
import { contract } from './define'

/** A warning type no rule knew, as it arrived (most recent first). */
export interface UnmatchedAlertType {
  code: string
  name: string
  times: number
  lastAt: string
}

export interface AlertRulesView {
  /** From the deployment's configuration; the same for every street. */
  configured: AlertRule[]
  /** Added by this street's staff; checked before the configured ones. */
  own: AlertRule[]
  unmatched: UnmatchedAlertType[]
  updatedAt: string | null
  updatedBy: string | null
}

const rule = z
  .strictObject({
    eventTypes: z.array(z.string().regex(/^\d{4}$/)).max(50),
    eventNames: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
    colors: z.array(z.enum(ALERT_COLORS)).min(1).max(4),
    scope: z.enum(CAMPAIGN_SCOPES),
    withinHours: z.number().int().min(1).max(72),
  })
  .refine((r) => r.eventTypes.length + r.eventNames.length > 0, { message: '请至少填一个预警代码或预警名称' })

export const alertRuleContracts = {
  'alertRule.list': contract<AlertRulesView>()({
    input: z.strictObject({}),
    roles: ['staff', 'leader'],
    writes: false,
    example: {},
  }),
  /** Replaces the street's own rules (the whole list: saving twice is the same). */
  'alertRule.save': contract<AlertRulesView>()({
    input: z.strictObject({ rules: z.array(rule).max(20) }),
    roles: ['staff'],
    writes: true,
    example: { rules: [{ eventTypes: ['1037'], eventNames: ['地质灾害'], colors: ['yellow'], scope: 'risky', withinHours: 24 }] },
  }),
}
