// Binding a WeChat identity to an account: a farmer by his name and the last six
// characters of his ID number, anyone by a one-time invitation code.
import { AppError } from '../../domain'
import { requireOpenid } from '../core/context'
import { handlers } from '../core/handler'
import { bindByDetails } from '../services/access/self-binding'
import { buildMe } from '../services/me'

export const bindHandlers = handlers({
  'bind.farmer': async (ctx, input) => {
    const openid = requireOpenid(ctx)
    if (ctx.user?.grants.some((g) => g.role === 'farmer')) throw new AppError('CONFLICT', '这个微信已经绑定了农户身份')
    return buildMe(ctx.deps, await bindByDetails(ctx, openid, input))
  },
})
