// The dashboards' village counters checked against a recount from raw data.
import type { VillageFigures, CounterDrift } from '../../domain'
import { handlers } from '../core/handler'
import { countVillage } from '../services/counters/village-figures'

/** Figures of a village that differ between the stored counters and a fresh count. */
function differences(villageId: string, stored: VillageFigures, recount: VillageFigures): CounterDrift[] {
  const out: CounterDrift[] = []
  for (const key of Object.keys(recount) as Array<keyof VillageFigures>) {
    if (JSON.stringify(stored[key]) !== JSON.stringify(recount[key])) out.push({ villageId, field: key, stored: stored[key], recount: recount[key] })
  }
  return out
}

export const countersHandlers = handlers({
  'counters.check': async (ctx) => {
    const { deps, scope } = ctx
    const drift: CounterDrift[] = []
    const stored = new Map((await deps.store.collection('villageCounters').getMany([...scope.villageIds])).map((c) => [c._id, c.figures]))
    for (const v of scope.villageIds) {
      const recount = await countVillage(deps, v, ctx.now())
      const s = stored.get(v)
      if (!s) drift.push({ villageId: v, field: '*', stored: null, recount: 'missing counters' })
      else drift.push(...differences(v, s, recount))
    }
    if (drift.length) deps.log.error('counter drift', { drift: drift.slice(0, 20) })
    return { villages: scope.villageIds.size, drift }
  },
})
