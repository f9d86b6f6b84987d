// Accountability: the overdue view of the caller's street.
import { localDate } from '../../domain'
import { handlers } from '../core/handler'
import { overdueView } from '../services/accountability/overdue-view'
import { streetOfScope } from '../services/street-scope'

export const overdueHandlers = handlers({
  'overdue.summary': async (ctx) => {
    const street = await streetOfScope(ctx)
    const villageIds = [...street.villageIds].filter((v) => ctx.scope.villageIds.has(v)).sort()
    return overdueView(ctx.deps, street, villageIds, localDate(ctx.now()))
  },
})
