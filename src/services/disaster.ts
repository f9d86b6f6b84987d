// Disaster damage reports (灾损上报): declaring a disaster, the villages' reports on it, and
// a village saying it has reported all its damage.
import { call, type Input } from './api'

export type DisasterDeclareInput = Input<'disaster.declare'>
export type DisasterReportInput = Input<'disaster.report'>

export const declareDisaster = (input: DisasterDeclareInput) => call('disaster.declare', input)

export const getDisaster = (eventId: string) => call('disaster.get', { eventId })

/** The declared disasters over the user's villages, newest first. */
export const listDisasters = (page = 1, pageSize = 20) => call('disaster.list', { page, pageSize })

export const reportDisasterDamage = (input: DisasterReportInput) => call('disaster.report', input)

export const markVillageDone = (eventId: string, villageId: string, note = '') => call('disaster.villageDone', { eventId, villageId, note })
