// The quarterly early-warning data for the district housing bureau, made in resumable
// chunks, approved by the street leader, submitted to and received by the district.
import { AppError, localDate, quarterEnded, quarterOfDate, type Role } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { emptyTotals } from '../services/reports/quarterly-report'
import { ensureSnapshot } from '../services/reports/quarter-snapshot'
import { moveReport } from '../services/reports/report-flow'
import { stepReport } from '../services/reports/report-run'
import { reportView } from '../services/reports/report-view'
import type { ReportDoc } from '../store/docs'

/** Reports the district may see: the ones its streets submitted. */
const SUBMITTED = ['submitted', 'received']

/**
 * The report, if the caller reaches it through one of `roles`: street staff and leaders
 * any of their street's, the district only submitted ones. Anything else is NOT_FOUND,
 * like a report that does not exist.
 */
async function loadReport(ctx: Ctx, reportId: string, roles: readonly Role[] = ['staff', 'leader', 'district']): Promise<ReportDoc> {
  const r = await ctx.deps.store.collection('reports').get(reportId)
  // Through one of `roles` that the caller holds for the report's whole street.
  const reachedAs = (held: readonly Role[]) => {
    const asked = held.filter((x) => roles.includes(x))
    return !!r && asked.length > 0 && ctx.streetsWith(asked).includes(r.streetId)
  }
  const seen = reachedAs(['staff', 'leader']) || (reachedAs(['district']) && SUBMITTED.includes(r?.flowState ?? 'draft'))
  if (!r || !seen) throw new AppError('NOT_FOUND', '没有找到这份报表')
  return r
}

export const reportHandlers = handlers({
  'report.quarterlyStart': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('reports')
    const streetId = streetOfCaller(ctx, ['staff'])
    const existing = await col.get(input.reportId)
    if (existing) return reportView(deps, ownReplay(existing, (r) => r.createdBy === ctx.user._id && ctx.streetsWith(['staff']).includes(r.streetId)))
    const today = localDate(ctx.now())
    if (input.quarter > quarterOfDate(today)) throw new AppError('VALIDATION', '这个季度还没到')
    // A quarter that is over is reported as it stood at its end, never as it stands today.
    const snapshot = quarterEnded(input.quarter, today) ? await ensureSnapshot(deps, streetId, input.quarter, 'report') : null
    const villageIds = snapshot?.villageIds ?? (await deps.orgs.villagesUnder(streetId)).map((v) => v._id)
    await col.insert({
      _id: input.reportId,
      streetId,
      quarter: input.quarter,
      phase: 'collecting',
      villageIds,
      cursor: 0,
      totals: emptyTotals(),
      fileId: null,
      fileName: null,
      fileExpiresAt: null,
      failure: null,
      createdBy: ctx.user._id,
      createdAt: ctx.now().toISOString(),
      leaseUntil: 0,
      snapshotId: snapshot?._id ?? null,
      flowState: 'draft',
      submittedAt: null,
    })
    await audit(deps, ctx.user._id, 'report.quarterlyStart', input.reportId, { quarter: input.quarter })
    return reportView(deps, (await col.get(input.reportId))!)
  },

  'report.quarterlyStep': async (ctx, input) => reportView(ctx.deps, await stepReport(ctx.deps, await loadReport(ctx, input.reportId, ['staff']), Date.now() + ctx.deps.config.chunkBudgetMs)),

  'report.quarterlyGet': async (ctx, input) => reportView(ctx.deps, await loadReport(ctx, input.reportId)),

  'report.quarterlyList': async (ctx) => {
    const streetIds = ctx.streetsWith(['staff', 'leader'])
    const docs = await ctx.deps.store.collection('reports').find({ where: { streetId: { $in: streetIds } }, orderBy: [['streetId', 'asc'], ['createdAt', 'desc']], limit: 40 })
    return Promise.all(docs.map((d) => reportView(ctx.deps, d)))
  },

  'report.quarterlySend': async (ctx, input) => {
    const r = await loadReport(ctx, input.reportId, ['staff'])
    await moveReport(ctx, r, 'send', input.note)
    return reportView(ctx.deps, await loadReport(ctx, r._id, ['staff']))
  },

  'report.quarterlyApprove': async (ctx, input) => {
    const r = await loadReport(ctx, input.reportId, ['leader'])
    await moveReport(ctx, r, 'approve')
    return reportView(ctx.deps, await loadReport(ctx, r._id, ['leader']))
  },

  'report.quarterlyReturn': async (ctx, input) => {
    const r = await loadReport(ctx, input.reportId, ['leader'])
    await moveReport(ctx, r, 'return', input.reason)
    return reportView(ctx.deps, await loadReport(ctx, r._id, ['leader']))
  },

  'report.quarterlyReceive': async (ctx, input) => {
    const r = await loadReport(ctx, input.reportId, ['district'])
    await moveReport(ctx, r, 'receive')
    return reportView(ctx.deps, await loadReport(ctx, r._id, ['district']))
  },
})
