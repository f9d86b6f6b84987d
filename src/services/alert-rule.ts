// The street's alert rules: which warnings start an emergency patrol.
import { call, type Input } from './api'

export type AlertRuleInput = Input<'alertRule.save'>['rules'][number]

export const listAlertRules = () => call('alertRule.list', {})

export const saveAlertRules = (rules: AlertRuleInput[]) => call('alertRule.save', { rules })
