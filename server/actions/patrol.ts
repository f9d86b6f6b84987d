// Monthly patrols: the plan, a submitted patrol, one patrol, and each village's coverage.
import dayjs from 'dayjs'
import { AppError, localDate, type CoverageRow } from '../../domain'
import { handlers } from '../core/handler'
import { villagePlan } from '../services/patrols/monthly-plan'
import { patrolView } from '../services/patrols/patrol-view'
import { submitPatrol } from '../services/patrols/submit-patrol'

/** Plans are computed per village; beyond this many villages the caller must pick one. */
const MAX_PLAN_VILLAGES = 20

export const patrolHandlers = handlers({
  'patrol.plan': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    if (villageIds.length > MAX_PLAN_VILLAGES) throw new AppError('VALIDATION', '请先选择一个村（社区）')
    const month = input.month ?? dayjs(localDate(ctx.now())).format('YYYY-MM')
    const items = (await Promise.all(villageIds.map((v) => villagePlan(deps, v, month)))).flat()
    const counts = { unregistered: 0, done: 0, pending: 0, overdue: 0 }
    for (const i of items) counts[i.status]++
    const filtered = input.status === 'all' ? items : items.filter((i) => i.status === input.status)
    const start = (input.page - 1) * input.pageSize
    return { month, counts, items: filtered.slice(start, start + input.pageSize), total: filtered.length, page: input.page, pageSize: input.pageSize }
  },

  'patrol.submit': async (ctx, input) => patrolView(ctx.deps, await submitPatrol(ctx, input), ctx.user),

  'patrol.get': async (ctx, input) => {
    const p = await ctx.deps.store.collection('patrols').get(input.patrolId)
    if (!p) throw new AppError('NOT_FOUND', '没有找到这条巡查记录')
    ctx.requireVillage(p.villageId)
    if (ctx.scope.assignedHouseholds) ctx.requireHousehold({ _id: p.householdId, villageId: p.villageId })
    return patrolView(ctx.deps, p)
  },

  'patrol.coverage': async (ctx, input) => {
    const { deps, scope } = ctx
    const month = input.month ?? dayjs(localDate(ctx.now())).format('YYYY-MM')
    const rows: CoverageRow[] = []
    for (const villageId of scope.villageIds) {
      const plan = await villagePlan(deps, villageId, month)
      const mismatches = await deps.store.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']] })
      const patrolled = plan.filter((p) => p.status === 'done').length
      rows.push({
        villageId,
        villageName: (await deps.orgs.get(villageId))?.name ?? '',
        houses: plan.length,
        patrolled,
        notPatrolled: plan.length - patrolled,
        overdue: plan.filter((p) => p.status === 'overdue').length,
        unregistered: plan.filter((p) => p.status === 'unregistered').length,
        streetMismatches: mismatches.filter((p) => p.kind === 'street' && p.mismatchWith).length,
      })
    }
    return rows.sort((a, b) => b.notPatrolled / Math.max(1, b.houses) - a.notPatrolled / Math.max(1, a.houses) || a.villageName.localeCompare(b.villageName, 'zh'))
  },
})
