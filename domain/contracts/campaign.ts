// Emergency patrol campaigns (campaign.*): the fan-out a warning starts and its progress.
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { CampaignView } from '../model'

export const campaignContracts = {
  'campaign.step': contract<CampaignView>()({
    input: z.strictObject({ campaignId: id() }),
    roles: ['staff'],
    writes: true,
    example: { campaignId: 'cmp-al-example-1' },
  }),
  'campaign.get': contract<CampaignView>()({
    input: z.strictObject({ campaignId: id() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: { campaignId: 'cmp-al-example-1' },
  }),
}
