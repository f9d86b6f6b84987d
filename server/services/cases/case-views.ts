// Shapes cases for the people who follow them: a summary for lists, and the full
// timeline with evidence for the case page.
import {
  CASE_SOURCE_LABELS,
  CASE_STAGE_LABELS,
  FARMER_STAGE_WORDS,
  HOUSEHOLD_LEFT_LABEL,
  HOUSEHOLD_LEFT_ROUTE,
  TRANSITIONS,
  availableActions,
  localDate,
  maskName,
  type CaseDetail,
  type CaseSummary,
  type CaseEventView,
} from '../../../domain'
import type { Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import type { CaseDoc, HouseDoc } from '../../store/docs'
import { photoLinks } from '../files/photo-links'
import { farmerReportsOf } from './farmer-reports'

/** `houses`: the cases' houses when the caller has read them already. */
export async function caseSummaries(deps: Deps, cases: CaseDoc[], today: string, known?: HouseDoc[]): Promise<CaseSummary[]> {
  const [houses, households] = await Promise.all([
    known ?? deps.store.collection('houses').getMany([...new Set(cases.flatMap((c) => (c.houseId ? [c.houseId] : [])))]),
    deps.store.collection('households').getMany([...new Set(cases.map((c) => c.householdId))]),
  ])
  const houseById = new Map(houses.map((h) => [h._id, h]))
  const hhById = new Map(households.map((h) => [h._id, h]))
  const out: CaseSummary[] = []
  for (const c of cases) {
    const house = c.houseId ? houseById.get(c.houseId) : undefined
    out.push({
      id: c._id,
      houseId: c.houseId,
      householdId: c.householdId,
      villageId: c.villageId,
      villageName: (await deps.orgs.get(c.villageId))?.name ?? '',
      headNameMasked: maskName(hhById.get(c.householdId)?.headName ?? ''),
      // A report made before the house was registered: the household's address.
      address: house?.address ?? (c.houseId ? '' : hhById.get(c.householdId)?.address ?? ''),
      source: c.source,
      sourceLabel: CASE_SOURCE_LABELS[c.source],
      stage: c.stage,
      stageLabel: c.closeRoute === HOUSEHOLD_LEFT_ROUTE ? `${CASE_STAGE_LABELS.closed}（${HOUSEHOLD_LEFT_LABEL}）` : CASE_STAGE_LABELS[c.stage],
      plainWords: FARMER_STAGE_WORDS[c.stage],
      grade: house?.grade ?? null,
      occupancy: house?.occupancy ?? 'occupied',
      openedAt: c.openedAt,
      dueDate: c.dueDate ?? null,
      overdue: c.stage !== 'closed' && !!c.dueDate && c.dueDate < today,
      summary: c.summary,
      farmerReports: c.evidence.filter((e) => e.kind === 'selfCheck').length,
      renovationRequest: c.renovationRequest ? { on: c.renovationRequest.on, at: c.renovationRequest.at, note: c.renovationRequest.note } : null,
      rev: c._rev ?? 1,
    })
  }
  return out
}

export const ACTION_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(TRANSITIONS).map(([a, t]) => [a, t.label])),
  progress: '改造进度',
  farmerReport: '农户又报了一次',
  renovationRequest: '农户申请危房改造',
  evacuation: '撤离记录',
  warningSign: '设立警示标志',
  fence: '设立隔离围栏',
  supervision: '技术指导与监督',
  note: '备注',
  [HOUSEHOLD_LEFT_ROUTE]: HOUSEHOLD_LEFT_LABEL,
}

export async function caseDetail(ctx: Ctx, c: CaseDoc): Promise<CaseDetail> {
  const { deps } = ctx
  const today = localDate(ctx.now())
  const house = c.houseId ? await deps.store.collection('houses').get(c.houseId) : null
  const [summary] = await caseSummaries(deps, [c], today, house ? [house] : [])
  const events = await deps.store.collection('caseEvents').find({ where: { caseId: c._id }, orderBy: [['caseId', 'asc'], ['at', 'asc']], limit: 500 })
  const users = new Map(
    (await deps.store.collection('users').getMany([...new Set([c.openedBy, ...events.map((e) => e.actorId), c.appraisal?.appraiserId ?? ''].filter(Boolean))])).map((u) => [u._id, u.name]),
  )
  const timeline: CaseEventView[] = [
    { id: `${c._id}-opened`, at: c.openedAt, actorName: users.get(c.openedBy) ?? '', action: 'opened', label: CASE_SOURCE_LABELS[c.source], from: null, to: 'reported', note: c.summary, photos: [] },
  ]
  for (const e of events) {
    timeline.push({
      id: e._id,
      at: e.at,
      actorName: users.get(e.actorId) ?? '',
      action: e.action,
      label: ACTION_LABELS[e.action] ?? e.action,
      from: e.from,
      to: e.to,
      note: e.note,
      photos: await photoLinks(deps, e.photos),
    })
  }
  const roles = ctx.rolesAt(c.villageId)
  const assignedToMe = c.assignedAppraiserId === ctx.user._id
  const actions = availableActions(c.stage, roles, c.appraisedGrade ?? house?.grade ?? null).filter(
    (a) => (a !== 'startAppraisal' && a !== 'submitAppraisal') || assignedToMe,
  )
  // 鉴定准确: the second appraiser's grade, when a review of this appraisal is done.
  const review = c.appraisal ? (await deps.store.collection('appraisalReviews').find({ where: { caseId: c._id }, limit: 5 })).find((r) => r.status === 'done' && r.reviewGrade) : undefined
  const reviewerName = review ? ((await deps.store.collection('users').get(review.reviewerId))?.name ?? '') : ''
  return {
    ...summary!,
    reports: await farmerReportsOf(deps, c),
    assignedAppraiserId: c.assignedAppraiserId ?? null,
    appraisalDue: c.appraisalDue ?? null,
    appraisal: c.appraisal
      ? {
          findings: c.appraisal.findings,
          proposed: c.appraisal.proposed,
          proposedRule: c.appraisal.proposedRule,
          grade: c.appraisal.grade,
          overrideReason: c.appraisal.overrideReason,
          advice: c.appraisal.advice,
          appraiserName: users.get(c.appraisal.appraiserId) ?? '',
          at: c.appraisal.at,
          review: review ? { grade: review.reviewGrade!, agrees: !review.disagrees, note: review.note, reviewerName } : null,
        }
      : null,
    emergency: c.emergency ?? null,
    renovation: c.renovation ?? null,
    closeRoute: c.closeRoute ?? null,
    closeReason: c.closeReason ?? null,
    closedAt: c.closedAt ?? null,
    actions,
    timeline,
  }
}
