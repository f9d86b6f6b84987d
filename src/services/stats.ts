// Dashboard figures, kept up to date on the server.
import { call } from './api'

export const villageCounts = () => call('stats.villageCounts', {})
