// Figures kept up to date on the server, and the village's monthly statistics (月度统计)
// an inspector checks and submits.
import { call, type Input } from './api'

export const villageCounts = () => call('stats.villageCounts', {})

export const monthlyStats = (villageId: string, month: string) => call('stats.monthly', { villageId, month })

export const submitMonthlyStats = (input: Input<'stats.monthlySubmit'>) => call('stats.monthlySubmit', input)
