// The leader's dashboard: the street's figures from the stored village counters and their 12-month trend.
import dayjs from 'dayjs'
import { GRADES, localDate, type DashboardVillage, type Grade, type VillageFigures } from '../../domain'
import { handlers } from '../core/handler'
import { activeAlerts, alertView, campaignView } from '../services/alerts/views'
import { monthLine } from '../services/counters/keeper'
import { storedVillages } from '../services/counters/stored-figures'
import type { MonthLine } from '../store/docs'

function emptyFigures(month: string): VillageFigures {
  return {
    households: 0,
    houses: 0,
    unregistered: 0,
    byGrade: Object.fromEntries([...GRADES, 'none'].map((g) => [g, 0])) as Record<Grade | 'none', number>,
    householdsByGrade: Object.fromEntries([...GRADES, 'none'].map((g) => [g, 0])) as Record<Grade | 'none', number>,
    occupiedDangerous: 0,
    occupiedSuspected: 0,
    evacuated: 0,
    month,
    patrolledThisMonth: 0,
    openCases: 0,
    casesByStage: {},
    overdueCases: 0,
    overdueTasks: 0,
    inRenovation: 0,
    renovated: 0,
    casesOpenedThisMonth: 0,
  }
}

function add(total: VillageFigures, f: VillageFigures): void {
  for (const key of Object.keys(total) as Array<keyof VillageFigures>) {
    const t = total[key]
    const v = f[key]
    if (typeof t === 'number' && typeof v === 'number') (total as unknown as Record<string, number>)[key] = t + v
  }
  for (const g of [...GRADES, 'none'] as const) {
    total.byGrade[g] += f.byGrade[g]
    total.householdsByGrade[g] += f.householdsByGrade[g]
  }
  for (const [stage, n] of Object.entries(f.casesByStage)) total.casesByStage[stage as keyof typeof total.casesByStage] = (total.casesByStage[stage as keyof typeof total.casesByStage] ?? 0) + (n ?? 0)
}

export const dashboardHandlers = handlers({
  'dashboard.summary': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    const month = dayjs(localDate(ctx.now())).format('YYYY-MM')
    // O(villages): one stored counter per village, whatever the number of houses, with
    // the trend lines of its past months (not the tally behind them).
    const stored = await storedVillages(deps, villageIds)
    const villages: DashboardVillage[] = []
    const totals = emptyFigures(month)
    const lines: MonthLine[] = []
    for (const v of villageIds) {
      const counted = stored.get(v)!
      const figures = counted.figures
      const org = await deps.orgs.get(v)
      villages.push({ ...figures, villageId: v, villageName: org?.name ?? '', lat: org?.lat ?? null, lng: org?.lng ?? null })
      add(totals, figures)
      // This month's line is the figures' own; the months before were kept with them.
      lines.push(...counted.months, monthLine(v, figures))
    }
    const months = Array.from({ length: 12 }, (_, i) => dayjs(`${month}-01`).subtract(11 - i, 'month').format('YYYY-MM'))
    const trends = months.map((m) => {
      const docs = lines.filter((d) => d.month === m)
      return { month: m, patrolled: docs.reduce((a, d) => a + d.patrolled, 0), houses: docs.reduce((a, d) => a + d.houses, 0), dangerous: docs.reduce((a, d) => a + d.dangerous, 0), casesOpened: docs.reduce((a, d) => a + d.casesOpened, 0) }
    })
    const alerts = await activeAlerts(ctx, true)
    const campaigns = await deps.store.collection('campaigns').getMany(alerts.flatMap((a) => (a.campaignId ? [a.campaignId] : [])))
    return {
      asOf: ctx.now().toISOString(),
      month,
      totals,
      villages: villages.sort((a, b) => b.occupiedDangerous - a.occupiedDangerous || a.villageName.localeCompare(b.villageName, 'zh')),
      trends,
      alerts: alerts.map(alertView),
      campaigns: await Promise.all(campaigns.map((c) => campaignView(ctx, c))),
    }
  },
})
