// A village's hazard cases as overdue items: each open case past its step's due date now,
// and each step of the last 12 months that was left after its deadline. A past step's
// deadline is worked out as the step's entry date plus the configured days (dueAfter), as
// the case had it then; the one who moved the case on is the one who was late.
import { CASE_STAGE_LABELS, OPEN_CASE_STAGES, STAGE_OWNER, localDate, pageLink, type CaseStage, type OverdueItem } from '../../../domain'
import type { CaseDoc } from '../../store/docs'
import { dueAfter } from '../cases/due-after'
import type { OverdueWindow } from './window'

async function ownersNow(w: OverdueWindow, c: CaseDoc): Promise<Array<{ id: string; name: string }>> {
  const owner = STAGE_OWNER[c.stage]
  if (owner === 'appraiser' && c.assignedAppraiserId) return [await w.person(c.assignedAppraiserId)]
  if (owner === 'inspector') return w.holders('inspector', c.villageId)
  return w.holders('staff', w.street.streetId)
}

export async function caseItems(w: OverdueWindow, villageId: string): Promise<OverdueItem[]> {
  const { deps } = w
  const villageName = w.street.nameOf(villageId)
  const sinceIso = new Date(`${w.since}T00:00:00+08:00`).toISOString()
  const cases = (await deps.store.collection('cases').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['openedAt', 'asc']], limit: 5000 })).filter(
    (c) => w.street.owns(c) && (OPEN_CASE_STAGES.includes(c.stage) || c.updatedAt >= sinceIso),
  )
  const items: OverdueItem[] = []
  for (const c of cases) {
    const page = pageLink('streetCase', { caseId: c._id })
    const base = { villageId, villageName, page }
    if (OPEN_CASE_STAGES.includes(c.stage) && c.dueDate && c.dueDate < w.today) {
      items.push({ ...base, id: `case:${c._id}:${c.stage}:now`, kind: 'case', people: await ownersNow(w, c), title: `隐患处置逾期：${CASE_STAGE_LABELS[c.stage]}`, dueDate: c.dueDate, doneOn: null, overdueNow: true })
    }
    const events = (await deps.store.collection('caseEvents').find({ where: { caseId: c._id }, orderBy: [['caseId', 'asc'], ['at', 'asc']], limit: 500 })).filter(
      (e): e is typeof e & { from: CaseStage; to: CaseStage } => e.from !== null && e.to !== null && e.from !== e.to,
    )
    let entered = c.openedAt
    for (const e of events) {
      const due = dueAfter(deps, e.from, new Date(entered))
      const doneOn = localDate(new Date(e.at))
      entered = e.at
      if (!due || doneOn <= due || due < w.since) continue
      items.push({ ...base, id: `case:${c._id}:${e._id}`, kind: 'case', people: [await w.person(e.actorId)], title: `${CASE_STAGE_LABELS[e.from]}逾期办理`, dueDate: due, doneOn, overdueNow: false })
    }
  }
  return items
}
