// Weather alerts (预警): issuing one to the villages and the street's list of alerts.
import { call, type Input } from './api'

export type AlertIssueInput = Input<'alert.issue'>
export const issueAlert = (input: AlertIssueInput) => call('alert.issue', input)

export const listAlerts = (activeOnly = true) => call('alert.list', { activeOnly })
