// 五、应急处置: a house judged 疑似危房 with people living in it is told to the street
// staff and the leader at once (urgent: sent before the patrol is answered), so the
// evacuation does not wait for an appraisal.
import { localDateTime, maskName, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { HouseDoc, HouseholdDoc, UserDoc } from '../../store/docs'
import { enqueue } from '../notify/enqueue'
import { peopleWith } from '../people'

/** Who must hear of it: the staff and leaders of the house's street (read before the transaction). */
export async function dangerAudience(deps: Deps, streetId: string): Promise<UserDoc[]> {
  return [...(await peopleWith(deps, 'staff', streetId)), ...(await peopleWith(deps, 'leader', streetId))]
}

export async function tellOccupiedDanger(tx: TxStore, audience: UserDoc[], house: HouseDoc, household: HouseholdDoc | null, villageName: string, caseId: string, patrolId: string, nowIso: string): Promise<void> {
  const who = household ? `${maskName(household.headName)}家` : '一户'
  for (const u of audience) {
    await enqueue(
      tx,
      {
        cause: `danger-occupied:${patrolId}`,
        userId: u._id,
        kind: 'escalation',
        title: `疑似危房仍有人住：${villageName}${who}`,
        body: `巡查判断${villageName}${who}的房屋（${house.address}）疑似危房，现在仍有人居住。请马上组织撤离，设置警示标志和隔离围栏。`,
        page: pageLink('streetCase', { id: caseId }),
        fields: { thing1: '疑似危房仍有人住', thing2: villageName, time3: localDateTime(new Date(nowIso)) },
        urgent: true,
      },
      nowIso,
    )
  }
}
