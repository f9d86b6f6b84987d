// The leader's dashboard (dashboard.*).
import { z } from 'zod'
import { id } from '../validation'
import { contract } from './define'
import type { AlertView, CampaignView, DashboardVillage, VillageFigures } from '../model'

export interface Dashboard {
  asOf: string
  month: string
  totals: VillageFigures
  villages: DashboardVillage[]
  trends: Array<{ month: string; patrolled: number; houses: number; dangerous: number; casesOpened: number }>
  alerts: AlertView[]
  campaigns: CampaignView[]
}

export const dashboardContracts = {
  'dashboard.summary': contract<Dashboard>()({
    input: z.strictObject({ villageId: id().optional() }),
    roles: ['inspector', 'staff', 'leader'],
    writes: false,
    example: {},
  }),
}
