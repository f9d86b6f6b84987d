// The quarterly early-warning data for the district, built in resumable chunks, as .xlsx.
import { call } from './api'

export const listQuarterlyReports = () => call('report.quarterlyList', {})

export const startQuarterlyReport = (reportId: string, quarter: string) => call('report.quarterlyStart', { reportId, quarter })

export const stepQuarterlyReport = (reportId: string) => call('report.quarterlyStep', { reportId })

export const getQuarterlyReport = (reportId: string) => call('report.quarterlyGet', { reportId })
