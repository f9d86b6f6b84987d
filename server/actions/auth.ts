import { handlers } from '../core/handler'
import { buildMe } from '../services/me'

export const authHandlers = handlers({
  'auth.me': async (ctx) => buildMe(ctx.deps, ctx.user),
})
