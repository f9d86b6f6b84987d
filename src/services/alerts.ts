// Extreme-weather alerts with their emergency patrol campaigns, and disaster damage
// reports (灾损上报): the calls the alert and disaster screens make.
import { call, type Input } from './api'

export type AlertIssueInput = Input<'alert.issue'>
export type DisasterDeclareInput = Input<'disaster.declare'>
export type DisasterReportInput = Input<'disaster.report'>

export const issueAlert = (input: AlertIssueInput) => call('alert.issue', input)

export const listAlerts = (activeOnly = true) => call('alert.list', { activeOnly })

export const getCampaign = (campaignId: string) => call('campaign.get', { campaignId })

/** Creates the next chunk of patrol tasks; the server stops each chunk within its time budget. */
export const stepCampaign = (campaignId: string) => call('campaign.step', { campaignId })

export const declareDisaster = (input: DisasterDeclareInput) => call('disaster.declare', input)

export const getDisaster = (eventId: string) => call('disaster.get', { eventId })

/** The declared disasters over the user's villages, newest first. */
export const listDisasters = (page = 1, pageSize = 20) => call('disaster.list', { page, pageSize })

export const reportDisasterDamage = (input: DisasterReportInput) => call('disaster.report', input)

export const markVillageDone = (eventId: string, villageId: string, note = '') => call('disaster.villageDone', { eventId, villageId, note })

/** The village's monitored houses, from the inspector's monthly plan, to pick a damaged one. */
export const villageHouses = (villageId: string, page: number) => call('patrol.plan', { villageId, status: 'all', page, pageSize: 50 })
