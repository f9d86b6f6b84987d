// The village inspector hears of every self-binding (by name and ID digits), so a stranger
// who guessed right is noticed by someone who knows the family.
import { localDateTime, maskName, plainDateTime, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { HouseholdDoc, UserDoc } from '../../store/docs'
import { enqueue } from '../notify/enqueue'

export async function tellInspectorsOfBinding(tx: TxStore, deps: Deps, inspectors: UserDoc[], hh: HouseholdDoc, villageName: string, eventId: string): Promise<void> {
  const now = deps.clock.now()
  const who = `${maskName(hh.headName)} 家`
  for (const u of inspectors) {
    await enqueue(
      tx,
      {
        cause: `bind:${eventId}`,
        userId: u._id,
        kind: 'accountBound',
        title: '有农户自己绑定了微信',
        body: `${villageName}${hh.group ? ` ${hh.group}` : ''} ${who}在 ${plainDateTime(now)} 用姓名和身份证后 6 位绑定了一个微信账号。如果不是这户的人在用，请告诉街道建管办解除绑定。`,
        page: pageLink('inspectorHousehold', { id: hh._id }),
        fields: { thing1: who, thing2: villageName, time3: localDateTime(now) },
      },
      now.toISOString(),
    )
  }
}
