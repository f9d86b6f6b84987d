import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import type { Where } from '../ports/store'
import type { HouseDoc, HouseholdDoc } from '../store/docs'
import { householdDetail, householdSummary } from '../services/household-views'

export const householdHandlers = handlers({
  'household.list': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    const where: Where<HouseholdDoc> = {
      villageId: villageIds.length === 1 ? villageIds[0]! : { $in: villageIds },
      status: 'monitored',
    }
    // An appraiser lists only the households of the cases assigned to him.
    if (scope.assignedHouseholds) where._id = { $in: [...scope.assignedHouseholds] }
    if (input.category) where.categories = { $has: input.category }
    if (input.grade) where.worstGrade = input.grade === 'none' ? null : input.grade
    if (input.keyword) where.headName = { $contains: input.keyword }
    const col = deps.store.collection('households')
    const [total, docs] = await Promise.all([
      col.count(where),
      col.find({
        where,
        orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']],
        skip: (input.page - 1) * input.pageSize,
        limit: input.pageSize,
      }),
    ])
    const names = new Map<string, string>()
    for (const d of docs) if (!names.has(d.villageId)) names.set(d.villageId, (await deps.orgs.get(d.villageId))?.name ?? '')
    return { items: docs.map((d) => householdSummary(d, names.get(d.villageId) ?? '')), total, page: input.page, pageSize: input.pageSize }
  },

  'household.get': async (ctx, input) => {
    const { deps } = ctx
    const hh = await deps.store.collection('households').get(input.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const houses = await deps.store.collection('houses').find({ where: { householdId: hh._id } })
    const village = await deps.orgs.get(hh.villageId)
    const detail = householdDetail(hh, village?.name ?? '', houses)
    // The welfare categories (特困, 易返贫致贫户…) are the staff's business: a farmer reading
    // his own household does not get them labelled on him.
    const asStaff = ctx.rolesAt(hh.villageId).some((r) => r !== 'farmer')
    return asStaff ? detail : { ...detail, categories: [] }
  },
})
