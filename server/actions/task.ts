// Tasks (new-listing checks, emergency patrols, transfers) of the caller's villages.
import { AppError, localDate, maskName, type TaskView } from '../../domain'
import { handlers } from '../core/handler'
import type { Where } from '../ports/store'
import type { TaskDoc } from '../store/docs'

export const taskHandlers = handlers({
  'task.list': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    // Only an open task can be late; a finished one is not "overdue" whenever it was due.
    if (input.overdueOnly && input.status !== 'open') throw new AppError('VALIDATION', '只有待办任务才分是否逾期')
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    const today = localDate(ctx.now())
    const where: Where<TaskDoc> = { villageId: villageIds.length === 1 ? villageIds[0]! : { $in: villageIds }, status: input.status }
    // The same rule as the village counters' overdueTasks, so the list matches the figure.
    if (input.overdueOnly) where.dueDate = { $lt: today }
    // The street's random patrol is a check on the village: the village does not learn which
    // houses were drawn until the street has patrolled them (only done ones reach it).
    const streetSees = villageIds.every((v) => ctx.hasRoleAt(v, 'staff') || ctx.hasRoleAt(v, 'leader'))
    if (!streetSees && input.status !== 'done') where.kind = { $ne: 'streetPatrol' }
    const col = deps.store.collection('tasks')
    const [total, docs] = await Promise.all([
      col.count(where),
      col.find({ where, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['dueDate', 'asc']], skip: (input.page - 1) * input.pageSize, limit: input.pageSize }),
    ])
    const households = new Map((await deps.store.collection('households').getMany([...new Set(docs.map((d) => d.householdId))])).map((h) => [h._id, h]))
    const items: TaskView[] = []
    for (const t of docs) {
      items.push({
        id: t._id,
        kind: t.kind,
        houseId: t.houseId ?? null,
        title: t.title,
        villageId: t.villageId,
        villageName: (await deps.orgs.get(t.villageId))?.name ?? '',
        householdId: t.householdId,
        householdNameMasked: maskName(households.get(t.householdId)?.headName ?? ''),
        dueDate: t.dueDate,
        status: t.status,
        overdue: t.status === 'open' && t.dueDate < today,
      })
    }
    return { items, total, page: input.page, pageSize: input.pageSize }
  },
})
