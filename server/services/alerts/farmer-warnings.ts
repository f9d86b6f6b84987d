// 做好防灾避险 (seed 四(四)): when a warning starts an emergency patrol in a village, every
// bound farmer of its monitored households is told in plain words what to do. A family
// living in a C/D house is told to move out now, with the village's 安置点, and its
// inspector gets a task to confirm they did. One message per farmer per campaign; the
// campaign's chunks may run again without sending anything twice.
import { localDate, maskName, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { CampaignDoc, HouseDoc, HouseholdDoc, ShelterDoc, TaskDoc, UserDoc } from '../../store/docs'
import { noticeOf, type Notice } from '../notify/enqueue'
import { peopleWith } from '../people'
import { shelterLine, villageShelters } from '../shelters'

export const livesInDanger = (h: Pick<HouseDoc, 'grade' | 'occupancy'>) => (h.grade === 'C' || h.grade === 'D') && h.occupancy === 'occupied'

/** What a campaign's village needs for its farmers: who is bound to which household, and where to go. */
export interface VillageWarningContext {
  farmersByHousehold: Map<string, UserDoc[]>
  shelters: ShelterDoc[]
}

export async function villageWarningContext(deps: Deps, villageId: string): Promise<VillageWarningContext> {
  const farmers = await peopleWith(deps, 'farmer', villageId)
  const farmersByHousehold = new Map<string, UserDoc[]>()
  for (const f of farmers) if (f.householdId) farmersByHousehold.set(f.householdId, [...(farmersByHousehold.get(f.householdId) ?? []), f])
  return { farmersByHousehold, shelters: await villageShelters(deps, villageId) }
}

const alertNameOf = (c: CampaignDoc) => c.alertName ?? c.title.replace(/^应急巡查：/, '')

/** What one monitored house's warning writes: its farmers' messages, and for a family in a C/D house a task for its inspector. */
export interface HouseWarning {
  notices: Notice[]
  evacuation: TaskDoc | null
}

/**
 * The farmers of one monitored house are warned, and for a family in a C/D house its
 * inspector is asked to confirm the move. Only built here: the campaign writes a page's
 * warnings together (ids derive from the campaign, the house and the farmer, so a page
 * written again adds nothing).
 */
export function houseWarning(campaign: CampaignDoc, house: HouseDoc, household: HouseholdDoc, village: VillageWarningContext, nowIso: string): HouseWarning {
  const farmers = village.farmersByHousehold.get(household._id) ?? []
  const danger = livesInDanger(house)
  if (farmers.length === 0 && !danger) return { notices: [], evacuation: null }
  const name = alertNameOf(campaign)
  const where = shelterLine(village.shelters)
  const notices = farmers.map(
    (f): Notice =>
      danger
        ? noticeOf('weatherWarning', {
            cause: `weather-danger:${campaign._id}`,
            userId: f._id,
            title: `${name}：请马上离开危房`,
            body: `您家的房屋鉴定为${house.grade}级危房。${name}期间不要住在家里，今天就到亲友家或安置点：${where}。需要帮忙请找村巡查员。`,
            page: pageLink('myHouse'),
            fields: { thing1: name, thing2: '危房不住人，今天就转移', thing3: where },
            // A family in a dangerous house under a storm warning must hear it at once.
            urgent: true,
          })
        : noticeOf('weatherWarning', {
            cause: `weather-warning:${campaign._id}`,
            userId: f._id,
            title: `${name}：注意房屋安全`,
            body: `${name}期间请留意房屋：墙裂缝变大、房子倾斜、屋顶漏水或后山滑坡时，马上离开，到亲友家或安置点：${where}，并告诉村巡查员。`,
            page: pageLink('myHouse'),
            fields: { thing1: name, thing2: '发现危险马上离开房屋', thing3: where },
            urgent: campaign.alertColor === 'red',
          }),
  )
  if (!danger) return { notices, evacuation: null }
  return {
    notices,
    evacuation: {
      _id: `task-ev-${campaign._id}-${house._id}`,
      kind: 'evacuationConfirm',
      streetId: house.streetId,
      villageId: house.villageId,
      householdId: household._id,
      houseId: house._id,
      // Not counted in the campaign's patrol progress: the deadline reminders follow it as a task of its own.
      title: `确认已转移：${maskName(household.headName)}家（${house.grade}级危房）`,
      dueDate: localDate(new Date(campaign.dueAt)),
      dueAt: campaign.dueAt,
      status: 'open',
      createdAt: nowIso,
      doneAt: null,
    },
  }
}
