// The emergency patrol campaign an alert starts: its progress, and the next chunk of tasks.
import { call } from './api'

export const getCampaign = (campaignId: string) => call('campaign.get', { campaignId })

/** Creates the next chunk of patrol tasks; the server stops each chunk within its time budget. */
export const stepCampaign = (campaignId: string) => call('campaign.step', { campaignId })
