// The phones a farmer can call in his village.
import type { VillageContact } from '../../domain'
import { handlers } from '../core/handler'
import { peopleWith } from '../services/people'

export const villageHandlers = handlers({
  'village.contacts': async (ctx) => {
    const { deps } = ctx
    const out: VillageContact[] = []
    // A farmer's grant names his village: only its own inspectors, never another village's.
    const villages = new Set(ctx.user.grants.filter((g) => g.role === 'farmer').map((g) => g.orgId))
    for (const villageId of villages) {
      for (const u of await peopleWith(deps, 'inspector', villageId)) {
        if (u.phoneEnc) out.push({ name: u.name, roleLabel: '村巡查员', phone: deps.personal.open(u.phoneEnc) })
      }
    }
    return out
  },
})
