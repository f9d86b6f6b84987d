// A worker's own phone, and the village's phones for its farmers (tap to call). The number
// is personal data: sealed at rest, masked to its owner, whole only to the farmers of the
// village he works in.
import { AppError, maskPhone, normalizePhone } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'

export const meHandlers = handlers({
  'me.phone': async (ctx) => ({ phoneMasked: ctx.user.phoneMasked ?? null }),

  'me.setPhone': async (ctx, input) => {
    const { deps } = ctx
    const written = input.phone.trim()
    const phone = written ? normalizePhone(written, { localAreaCode: deps.config.localAreaCode }) : ''
    if (phone === null) throw new AppError('VALIDATION', '电话号码不对：请写手机号（11 位）或带区号的座机号（如 023-45671234）', [{ path: 'phone', message: '电话号码不对' }])
    const change = phone ? { phoneEnc: deps.personal.seal(phone).enc, phoneMasked: maskPhone(phone) } : { phoneEnc: '', phoneMasked: '' }
    await deps.store.transaction(async (tx) => {
      await tx.collection('users').update(ctx.user._id, change)
      await audit(deps, ctx.user._id, 'me.setPhone', ctx.user._id, { set: !!phone }, tx)
    })
    return { phoneMasked: change.phoneMasked || null }
  },
})
