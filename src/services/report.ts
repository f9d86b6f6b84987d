// The quarterly early-warning data for the district, built in resumable chunks, as .xlsx.
import { call } from './api'

export const listQuarterlyReports = () => call('report.quarterlyList', {})

export const startQuarterlyReport = (reportId: string, quarter: string) => call('report.quarterlyStart', { reportId, quarter })

export const stepQuarterlyReport = (reportId: string) => call('report.quarterlyStep', { reportId })

export const getQuarterlyReport = (reportId: string) => call('report.quarterlyGet', { reportId })

/** Street staff ask the leader to approve a finished report of a quarter that is over. */
export const sendQuarterlyReport = (reportId: string, note: string) => call('report.quarterlySend', { reportId, note })

/** The street leader approves: the report goes to the district. */
export const approveQuarterlyReport = (reportId: string) => call('report.quarterlyApprove', { reportId })

/** The street leader sends it back to staff, saying why. */
export const returnQuarterlyReport = (reportId: string, reason: string) => call('report.quarterlyReturn', { reportId, reason })

/** The district marks a submitted report received. */
export const receiveQuarterlyReport = (reportId: string) => call('report.quarterlyReceive', { reportId })
