// The quarterly early-warning data for the district housing bureau, made in resumable chunks.
import { AppError } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { emptyTotals, reportView, stepReport } from '../services/reports/quarterly-report'
import type { ReportDoc } from '../store/docs'

async function loadReport(ctx: Ctx, reportId: string): Promise<ReportDoc> {
  const r = await ctx.deps.store.collection('reports').get(reportId)
  if (!r || !ctx.streetsWith(['staff', 'leader']).includes(r.streetId)) throw new AppError('NOT_FOUND', '没有找到这份报表')
  return r
}

export const reportHandlers = handlers({
  'report.quarterlyStart': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('reports')
    const streetId = streetOfCaller(ctx, ['staff'])
    const existing = await col.get(input.reportId)
    if (existing) return reportView(deps, ownReplay(existing, (r) => r.createdBy === ctx.user._id && ctx.streetsWith(['staff']).includes(r.streetId)))
    const villageIds = (await deps.orgs.villagesUnder(streetId)).map((v) => v._id)
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
    })
    await audit(deps, ctx.user._id, 'report.quarterlyStart', input.reportId, { quarter: input.quarter })
    return reportView(deps, (await col.get(input.reportId))!)
  },

  'report.quarterlyStep': async (ctx, input) => reportView(ctx.deps, await stepReport(ctx.deps, await loadReport(ctx, input.reportId), Date.now() + ctx.deps.config.chunkBudgetMs)),

  'report.quarterlyGet': async (ctx, input) => reportView(ctx.deps, await loadReport(ctx, input.reportId)),

  'report.quarterlyList': async (ctx) => {
    const streetIds = ctx.streetsWith(['staff', 'leader'])
    const docs = await ctx.deps.store.collection('reports').find({ where: { streetId: { $in: streetIds } }, orderBy: [['streetId', 'asc'], ['createdAt', 'desc']], limit: 40 })
    return Promise.all(docs.map((d) => reportView(ctx.deps, d)))
  },
})
