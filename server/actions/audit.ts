// The audit log's reader for street staff: only what the people of their own street did.
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { readAudit, streetPeople } from '../services/accountability/audit-log'
import { streetOfScope } from '../services/street-scope'

export const auditHandlers = handlers({
  'audit.list': async (ctx, input) => {
    const street = await streetOfScope(ctx)
    ctx.requireStreet(street.streetId, ['staff'])
    if (input.from && input.to && input.from > input.to) throw new AppError('VALIDATION', '开始日期不能晚于结束日期')
    const people = await streetPeople(ctx.deps, street)
    return { ...(await readAudit(ctx.deps, people, input)), people }
  },
})
