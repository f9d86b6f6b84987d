// Who am I: the caller's account, roles and the orgs each role reaches.
import { handlers } from '../core/handler'
import { buildMe } from '../services/me'

export const authHandlers = handlers({
  'auth.me': async (ctx) => buildMe(ctx.deps, ctx.user),
})
