import { handlers } from '../core/handler'
import { notifyStatus, templateStatus } from '../services/notify/notify-status'

export const notifyHandlers = handlers({
  'notify.status': async (ctx) => ({ kinds: await notifyStatus(ctx) }),

  'system.status': async (ctx) => ({ templates: await templateStatus(ctx.deps) }),
})
