// 灾情列表: the declared disasters covering the caller's villages, newest first, each with
// where its reporting stands and, for the caller's own villages, whether they are done.
import { disasterState, localDate, villageReportOverdue, type DisasterListItem, type Page } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { DisasterEventDoc } from '../../store/docs'
import { disasterHead } from './disaster-reports'

const BATCH = 200

/**
 * The street's disasters, newest first. A street declares a handful a year, so its whole
 * list is read and filtered here by village: the villages sit in an array field, which
 * the local store cannot index, and an inspector with several villages would otherwise
 * need one query per village merged by hand.
 */
async function streetDisasters(ctx: Ctx, streetId: string): Promise<DisasterEventDoc[]> {
  const col = ctx.deps.store.collection('disasterEvents')
  const out: DisasterEventDoc[] = []
  for (let skip = 0; ; skip += BATCH) {
    const batch = await col.find({ where: { streetId }, orderBy: [['streetId', 'asc'], ['occurredAt', 'desc']], skip, limit: BATCH })
    out.push(...batch)
    if (batch.length < BATCH) return out
  }
}

export async function listDisasters(ctx: Ctx, input: { page: number; pageSize: number }): Promise<Page<DisasterListItem>> {
  const { deps, scope } = ctx
  const streetIds = new Set<string>()
  for (const v of scope.villageIds) {
    const street = await deps.orgs.streetOf(v)
    if (street) streetIds.add(street._id)
  }
  const events: DisasterEventDoc[] = []
  for (const s of streetIds) events.push(...(await streetDisasters(ctx, s)))
  const visible = events.filter((e) => e.villageIds.some((v) => scope.villageIds.has(v))).sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || a._id.localeCompare(b._id))
  const pageDocs = visible.slice((input.page - 1) * input.pageSize, input.page * input.pageSize)
  const today = localDate(ctx.now())
  const reports = deps.store.collection('disasterReports')
  const items: DisasterListItem[] = []
  for (const e of pageDocs) {
    const mine = e.villageIds.filter((v) => scope.villageIds.has(v))
    items.push({
      ...disasterHead(e),
      state: disasterState(e.villageIds, e.villagesDone, e.dueDate, today),
      villageCount: e.villageIds.length,
      mine: await Promise.all(
        mine.map(async (v) => ({
          villageId: v,
          villageName: (await deps.orgs.get(v))?.name ?? '',
          done: !!e.villagesDone[v],
          overdue: villageReportOverdue(!!e.villagesDone[v], e.dueDate, today),
        })),
      ),
      reports: await reports.count({ eventId: e._id, villageId: mine.length === 1 ? mine[0]! : { $in: mine } }),
    })
  }
  return { items, total: visible.length, page: input.page, pageSize: input.pageSize }
}
