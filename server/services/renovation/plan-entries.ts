// 纳入改造计划: the entries of a street's yearly renovation plan, as people read them —
// masked head name, method, funds in fen and progress from the household's latest case.
import { CASE_STAGE_LABELS, localDate, maskName, type PlanEntryView, type RenovationPlanView } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { CaseDoc, RenovationPlanDoc } from '../../store/docs'

export async function streetPlan(deps: Deps, streetId: string, year: number): Promise<RenovationPlanDoc[]> {
  return deps.store.collection('renovationPlans').find({ where: { streetId, year }, orderBy: [['streetId', 'asc'], ['year', 'asc'], ['villageId', 'asc']], limit: 5000 })
}

/** What the household's latest case says about its renovation. */
function progressOf(c: CaseDoc | undefined): PlanEntryView['progress'] {
  if (!c) return { stage: null, label: '尚未立案', caseId: null }
  if (c.stage === 'closed') return { stage: 'closed', label: c.closeRoute === 'renovated' ? '已改造销号' : '已销号', caseId: c._id }
  return { stage: c.stage, label: CASE_STAGE_LABELS[c.stage], caseId: c._id }
}

export async function entryViews(deps: Deps, docs: RenovationPlanDoc[]): Promise<PlanEntryView[]> {
  const households = new Map((await deps.store.collection('households').getMany([...new Set(docs.map((d) => d.householdId))])).map((h) => [h._id, h]))
  const users = new Map((await deps.store.collection('users').getMany([...new Set(docs.map((d) => d.addedBy))])).map((u) => [u._id, u.name]))
  const latest = new Map<string, CaseDoc | undefined>()
  for (const hh of new Set(docs.map((d) => d.householdId))) {
    const [c] = await deps.store.collection('cases').find({ where: { householdId: hh }, orderBy: [['householdId', 'asc'], ['openedAt', 'desc']], limit: 1 })
    latest.set(hh, c)
  }
  return Promise.all(
    docs.map(async (d) => ({
      id: d._id,
      year: d.year,
      villageId: d.villageId,
      villageName: (await deps.orgs.get(d.villageId))?.name ?? '',
      householdId: d.householdId,
      headNameMasked: maskName(households.get(d.householdId)?.headName ?? ''),
      method: d.method,
      plannedFen: d.plannedFen,
      paidFen: d.paidFen,
      progress: progressOf(latest.get(d.householdId)),
      reason: d.reason,
      addedAt: localDate(new Date(d.addedAt)),
      addedByName: users.get(d.addedBy) ?? '',
      removedReason: d.removed ? d.removedReason : null,
    })),
  )
}

export async function planView(deps: Deps, streetId: string, year: number, villageId?: string): Promise<RenovationPlanView> {
  const docs = (await streetPlan(deps, streetId, year)).filter((d) => !villageId || d.villageId === villageId)
  const views = await entryViews(deps, docs)
  const entries = views.filter((v) => v.removedReason === null)
  return {
    year,
    streetName: (await deps.orgs.get(streetId))?.name ?? '',
    entries,
    removed: views.filter((v) => v.removedReason !== null),
    totals: {
      households: entries.length,
      plannedFen: entries.reduce((s, e) => s + e.plannedFen, 0),
      paidFen: entries.reduce((s, e) => s + e.paidFen, 0),
      done: entries.filter((e) => e.progress.label === '已改造销号' || e.progress.stage === 'accepted').length,
    },
  }
}
