// The installation's health as street staff see it: the outbox, template defects, the tick.
import { handlers } from '../core/handler'
import { templateStatus } from '../services/notify/notify-status'

export const systemHandlers = handlers({
  'system.status': async (ctx) => ({ templates: await templateStatus(ctx.deps) }),
})
