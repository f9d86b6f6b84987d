// A farmer's report reaches a person: his village inspector hears of it at once (inbox and
// push, in the report's own transaction), a report on a house whose case is still open
// joins that case's timeline, and the case page shows what he said and photographed.
import { SELF_CHECK_SHORT, localDateTime, maskName, type FarmerReportView, type SelfCheckQuestion, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { CaseDoc, CaseEventDoc, HouseholdDoc, SelfCheckDoc, UserDoc } from '../../store/docs'
import { photoLinks } from '../files/photo-links'
import { enqueue } from '../notify/enqueue'

/** "墙上有裂缝、房子或墙歪斜" — the problems he answered yes to. */
export function problemsOf(answers: Record<string, boolean>): string[] {
  return Object.entries(answers)
    .filter(([, yes]) => yes)
    .map(([k]) => SELF_CHECK_SHORT[k as SelfCheckQuestion['id']] ?? k)
}

/** What the report says in one line, for the message and the timeline. */
export function reportLine(r: Pick<SelfCheckDoc, 'answers' | 'description' | 'noPhoto'>): string {
  const parts = [problemsOf(r.answers).join('、'), r.description.trim()].filter(Boolean)
  const said = parts.join('：') || '农户说房子有问题'
  return r.noPhoto ? `${said}（农户拍不了照片）` : said
}

export async function tellInspectorsOfReport(tx: TxStore, deps: Deps, inspectors: UserDoc[], hh: HouseholdDoc, villageName: string, r: SelfCheckDoc, caseId: string): Promise<void> {
  const who = `${maskName(hh.headName)} 家`
  const line = reportLine(r)
  for (const u of inspectors) {
    await enqueue(
      tx,
      {
        cause: `report:${r._id}`,
        userId: u._id,
        kind: 'farmerReport',
        title: `${who}上报房屋有问题`,
        body: `${villageName}${hh.group ? ` ${hh.group}` : ''} ${who}：${line}。请尽快去看一看。`,
        page: pageLink('inspectorCase', { id: caseId }),
        fields: { thing1: who, thing2: line, time3: localDateTime(new Date(r.receivedAt)) },
        // A farmer's own hazard report reaches his inspector now, not on the next tick.
        urgent: true,
      },
      r.receivedAt,
    )
  }
}

/** A report that joined a case already open is a step on its timeline, with its photos. */
export async function addReportToTimeline(tx: TxStore, c: Pick<CaseDoc, '_id' | 'villageId' | 'stage'>, r: SelfCheckDoc): Promise<void> {
  const event: CaseEventDoc = {
    _id: `ev-${r._id}`,
    caseId: c._id,
    villageId: c.villageId,
    at: r.receivedAt,
    actorId: r.userId,
    action: 'farmerReport',
    from: c.stage,
    to: c.stage,
    note: reportLine(r),
    photos: r.photos.map((p) => p.fileId),
  }
  if (!(await tx.collection('caseEvents').get(event._id))) await tx.collection('caseEvents').insert(event)
}

/** The farmer's reports cited by the case, oldest first. */
export async function farmerReportsOf(deps: Deps, c: CaseDoc): Promise<FarmerReportView[]> {
  const ids = c.evidence.filter((e) => e.kind === 'selfCheck').map((e) => e.id)
  if (ids.length === 0) return []
  const docs = await deps.store.collection('selfChecks').getMany(ids)
  const out: FarmerReportView[] = []
  for (const d of docs.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))) {
    out.push({
      id: d._id,
      at: d.checkedAt,
      problems: problemsOf(d.answers),
      words: d.description,
      photos: await photoLinks(deps, d.photos.map((p) => p.fileId)),
      noPhoto: !!d.noPhoto,
    })
  }
  return out
}
