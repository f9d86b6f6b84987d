// The leader's figures: they read the counters the server keeps up to date on every write,
// so they load fast whatever the number of houses.
import { call } from './api'

export const dashboardSummary = (villageId?: string) => call('dashboard.summary', villageId ? { villageId } : {})
