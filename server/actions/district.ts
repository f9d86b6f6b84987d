// The district housing bureau (区住建局): every street of its district, read only, with
// each street's figures village by village, and the inbox of submitted quarterly reports.
import { AppError, lastEndedQuarter, localDate, quarterReportDue, type DistrictStreetRow } from '../../domain'
import type { Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { addFigures, emptyDistrictFigures, villageFigures } from '../services/district/district-figures'
import { lateDaysOf, reportView } from '../services/reports/report-view'
import { planView } from '../services/renovation/plan-entries'

/** The streets the caller reads as district staff, in code order. */
async function streetsOf(ctx: Ctx) {
  const orgs = await Promise.all(ctx.streetsWith(['district']).map((id) => ctx.deps.orgs.get(id)))
  return orgs.flatMap((o) => (o ? [o] : [])).sort((a, b) => a.code.localeCompare(b.code))
}

async function districtNameOf(ctx: Ctx, parentId: string | null | undefined): Promise<string> {
  return (parentId ? (await ctx.deps.orgs.get(parentId))?.name : null) ?? ''
}

/** Where the street's report of the quarter stands: the furthest one on its way. */
async function reportState(ctx: Ctx, streetId: string, quarter: string, today: string): Promise<DistrictStreetRow['report']> {
  const reports = await ctx.deps.store.collection('reports').find({ where: { streetId, quarter }, orderBy: [['streetId', 'asc'], ['quarter', 'asc'], ['createdAt', 'desc']], limit: 50 })
  const rank = { received: 3, submitted: 2, awaitingApproval: 1, returned: 0, draft: 0 } as const
  const best = reports.sort((a, b) => rank[b.flowState ?? 'draft'] - rank[a.flowState ?? 'draft'])[0]
  const state = best?.flowState ?? 'draft'
  const dueDate = quarterReportDue(quarter, ctx.deps.config.quarterlyReportDueDays)
  const submitted = state === 'submitted' || state === 'received'
  return { quarter, state, reportId: submitted ? best!._id : null, submittedAt: best?.submittedAt ?? null, dueDate, overdue: !submitted && today > dueDate, lateDays: best ? lateDaysOf(best, dueDate) : null }
}

export const districtHandlers = handlers({
  'district.summary': async (ctx) => {
    const today = localDate(ctx.now())
    const quarter = lastEndedQuarter(today)
    const year = Number(today.slice(0, 4))
    const streets = await streetsOf(ctx)
    let totals = emptyDistrictFigures()
    let waiting = 0
    const rows: DistrictStreetRow[] = []
    for (const s of streets) {
      const villages = (await ctx.deps.orgs.villagesUnder(s._id)).map((v) => v._id)
      const figures = [...(await villageFigures(ctx.deps, villages)).values()].reduce(addFigures, emptyDistrictFigures())
      totals = addFigures(totals, figures)
      const report = await reportState(ctx, s._id, quarter, today)
      if (report.state === 'submitted') waiting++
      // The same totals as the plan list this line opens.
      const plan = { year, ...(await planView(ctx.deps, s._id, year)).totals }
      rows.push({ streetId: s._id, streetName: s.name, villages: villages.length, figures, report, plan })
    }
    const names = [...new Set(await Promise.all(streets.map((s) => districtNameOf(ctx, s.parentId))))]
    return { asOf: ctx.now().toISOString(), districtName: names.join('、'), quarter, totals, streets: rows, waiting }
  },

  'district.street': async (ctx, input) => {
    const street = await ctx.deps.orgs.get(input.streetId)
    if (!street || street.level !== 'street') throw new AppError('NOT_FOUND', '没有找到这个街道')
    ctx.requireStreet(street._id, ['district'])
    const villages = await ctx.deps.orgs.villagesUnder(street._id)
    const figures = await villageFigures(ctx.deps, villages.map((v) => v._id))
    return {
      asOf: ctx.now().toISOString(),
      streetId: street._id,
      streetName: street.name,
      districtName: await districtNameOf(ctx, street.parentId),
      totals: [...figures.values()].reduce(addFigures, emptyDistrictFigures()),
      villages: villages.map((v) => ({ villageId: v._id, villageName: v.name, figures: figures.get(v._id)! })),
    }
  },

  'district.reports': async (ctx) => {
    const col = ctx.deps.store.collection('reports')
    const docs = []
    for (const streetId of ctx.streetsWith(['district'])) {
      for (const state of ['submitted', 'received'] as const) {
        docs.push(...(await col.find({ where: { streetId, flowState: state }, orderBy: [['streetId', 'asc'], ['flowState', 'asc'], ['submittedAt', 'desc']], limit: 40 })))
      }
    }
    // Waiting ones first, then the newest.
    docs.sort((a, b) => Number(a.flowState === 'received') - Number(b.flowState === 'received') || (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))
    return Promise.all(docs.map((d) => reportView(ctx.deps, d)))
  },
})
