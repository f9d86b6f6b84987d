// 问责: the street's overdue items, now and over the last 12 months, per village and per person.
import { call } from './api'

export const overdueSummary = () => call('overdue.summary', {})
