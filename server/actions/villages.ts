// The villages a farmer picks from before he is bound to a household (no sign-in needed).
import { handlers } from '../core/handler'

export const villagesHandlers = handlers({
  'villages.public': async (ctx) => {
    const out: Array<{ id: string; name: string; streetName: string }> = []
    const all = (await Promise.all((await ctx.deps.orgs.roots()).map((r) => ctx.deps.orgs.villagesUnder(r._id)))).flat()
    for (const v of all) out.push({ id: v._id, name: v.name, streetName: (await ctx.deps.orgs.streetOf(v._id))?.name ?? '' })
    return out
  },
})
