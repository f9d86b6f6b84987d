// The district housing bureau's reads: its streets, one street's villages, the reports submitted to it.
import { call } from './api'

export const districtSummary = () => call('district.summary', {})

export const districtStreet = (streetId: string) => call('district.street', { streetId })

export const districtReports = () => call('district.reports', {})
