import { AppError, HOUSEHOLD_FIELD_LABELS, REVEAL_ROLES, type HouseholdEventView } from '../../domain'
import { handlers } from '../core/handler'
import { audit } from '../services/audit'
import type { HouseholdDoc, HouseholdEventDoc } from '../store/docs'

const EVENT_LABELS: Record<HouseholdEventDoc['kind'], string> = {
  listed: '纳入监测',
  changed: '信息变更',
  removed: '退出监测',
  relisted: '重新纳入监测',
}

export const householdDataHandlers = handlers({
  'household.reveal': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    // The role that reveals must be held at this household's village, not anywhere.
    if (!REVEAL_ROLES[input.field].some((r) => ctx.hasRoleAt(hh.villageId, r))) throw new AppError('FORBIDDEN', '您不能查看完整的号码')
    const sealed = input.field === 'idNumber' ? hh.idEnc : hh.phoneEnc
    if (!sealed) throw new AppError('NOT_FOUND', '没有登记这个号码')
    // Written before the value leaves the server: no reveal without its audit entry.
    await audit(deps, ctx.user._id, 'household.reveal', hh._id, { field: input.field })
    return { value: deps.personal.open(sealed) }
  },

  'household.history': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const events = await deps.store.collection('householdEvents').find({
      where: { householdId: hh._id },
      orderBy: [['householdId', 'asc'], ['at', 'desc']],
      limit: 200,
    })
    return events.map(
      (e): HouseholdEventView => ({
        id: e._id,
        at: e.at,
        kind: e.kind,
        kindLabel: EVENT_LABELS[e.kind],
        note: e.note,
        changes: Object.entries(e.changes).map(([field, [from, to]]) => ({ field: HOUSEHOLD_FIELD_LABELS[field] ?? field, from: String(from), to: String(to) })),
      }),
    )
  },
})
