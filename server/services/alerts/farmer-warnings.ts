// 做好防灾避险 (seed 四(四)): when a warning starts an emergency patrol in a village, every
// bound farmer of its monitored households is told in plain words what to do. A family
// living in a C/D house is told to move out now, with the village's 安置点, and its
// inspector gets a task to confirm they did. One message per farmer per campaign; the
// campaign's chunks may run again without sending anything twice.
import { localDate, maskName, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { CampaignDoc, HouseDoc, HouseholdDoc, ShelterDoc, UserDoc } from '../../store/docs'
import { enqueue } from '../notify/enqueue'
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

/** Warns the farmers of one monitored house, and for a family in a C/D house asks its inspector to confirm the move. */
export async function warnHouse(deps: Deps, campaign: CampaignDoc, house: HouseDoc, household: HouseholdDoc, village: VillageWarningContext, nowIso: string): Promise<void> {
  const farmers = village.farmersByHousehold.get(household._id) ?? []
  const danger = livesInDanger(house)
  // Nothing to say and nothing to ask: no transaction (a round trip per house in the cloud).
  if (farmers.length === 0 && !danger) return
  const name = alertNameOf(campaign)
  const where = shelterLine(village.shelters)
  await deps.store.transaction(async (tx) => {
    for (const f of farmers) {
      await enqueue(
        tx,
        danger
          ? {
              cause: `weather-danger:${campaign._id}`,
              userId: f._id,
              kind: 'weatherWarning',
              title: `${name}：请马上离开危房`,
              body: `您家的房屋鉴定为${house.grade}级危房。${name}期间不要住在家里，今天就到亲友家或安置点：${where}。需要帮忙请找村巡查员。`,
              page: pageLink('myHouse'),
              fields: { thing1: name, thing2: '危房不住人，今天就转移', thing3: where },
              // A family in a dangerous house under a storm warning must hear it at once.
              urgent: true,
            }
          : {
              cause: `weather-warning:${campaign._id}`,
              userId: f._id,
              kind: 'weatherWarning',
              title: `${name}：注意房屋安全`,
              body: `${name}期间请留意房屋：墙裂缝变大、房子倾斜、屋顶漏水或后山滑坡时，马上离开，到亲友家或安置点：${where}，并告诉村巡查员。`,
              page: pageLink('myHouse'),
              fields: { thing1: name, thing2: '发现危险马上离开房屋', thing3: where },
              urgent: campaign.alertColor === 'red',
            },
        nowIso,
      )
    }
    if (!danger) return
    const taskId = `task-ev-${campaign._id}-${house._id}`
    if (await tx.collection('tasks').get(taskId)) return
    await tx.collection('tasks').insert({
      _id: taskId,
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
    })
  })
}
