// A worker's own phone, and the village's phones for its farmers (tap to call). The number
// is personal data: sealed at rest, masked to its owner, whole only to the farmers of the
// village he works in.
import { AppError, maskPhone, normalizePhone, type VillageContact } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import { peopleWith } from '../services/people'
import type { UserDoc } from '../store/docs'

export const contactHandlers = handlers({
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

  'village.contacts': async (ctx) => {
    const { deps } = ctx
    const out: VillageContact[] = []
    // A farmer's grant names his village: only its own inspectors, never another village's.
    const villages = new Set(ctx.user.grants.filter((g) => g.role === 'farmer').map((g) => g.orgId))
    for (const villageId of villages) {
      for (const u of await peopleWith(deps, 'inspector', villageId)) {
        if (u.phoneEnc) out.push({ name: u.name, roleLabel: '村巡查员', phone: deps.personal.open(u.phoneEnc) })
      }
    }
    return out
  },
})
