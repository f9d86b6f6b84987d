// 由农户本人提出危房改造申请 (seed 四(二)): the farmer asks for renovation on his own case
// once it is graded C or D and not yet planned. Recorded on the case (the street's 纳入改造
// takes its date as 申请日期), a step of the timeline, audited, and the street staff are told.
// One request per case: asking again answers with the request already recorded.
import { AppError, isDangerousGrade, localDate, maskName, pageLink } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { CaseDoc, CaseEventDoc } from '../../store/docs'
import { audit } from '../audit'
import { enqueue } from '../notify/enqueue'
import { peopleWith } from '../people'

const OPEN_FOR_REQUEST = new Set<CaseDoc['stage']>(['appraised', 'emergency'])

export async function requestRenovation(ctx: Ctx, caseId: string, note: string): Promise<CaseDoc> {
  const { deps } = ctx
  const c = await deps.store.collection('cases').get(caseId)
  // Another household's case answers as a missing one.
  if (!c || !ctx.user.householdId || c.householdId !== ctx.user.householdId) throw new AppError('NOT_FOUND', '没有找到这件事')
  if (c.renovationRequest) return c
  if (!isDangerousGrade(c.appraisedGrade ?? null)) throw new AppError('VALIDATION', '房子鉴定为 C 级或 D 级危房后，才能申请危房改造')
  if (!OPEN_FOR_REQUEST.has(c.stage)) throw new AppError('VALIDATION', c.renovation ? '您家已经纳入改造，不用再申请' : '现在还不能申请改造')
  const now = ctx.now()
  const nowIso = now.toISOString()
  const request = { on: localDate(now), at: nowIso, note: note.trim(), by: ctx.user._id }
  const staff = await peopleWith(deps, 'staff', c.streetId)
  const hh = await deps.store.collection('households').get(c.householdId)
  const who = `${maskName(hh?.headName ?? '')} 家`
  const villageName = (await deps.orgs.get(c.villageId))?.name ?? ''
  return deps.store.transaction(async (tx) => {
    const cur = await tx.collection('cases').get(caseId)
    if (!cur) throw new AppError('NOT_FOUND', '没有找到这件事')
    if (cur.renovationRequest) return cur
    await tx.collection('cases').update(caseId, { renovationRequest: request, updatedAt: nowIso })
    const event: CaseEventDoc = { _id: `ev-rr-${caseId}`, caseId, villageId: c.villageId, at: nowIso, actorId: ctx.user._id, action: 'renovationRequest', from: cur.stage, to: cur.stage, note: request.note, photos: [] }
    await tx.collection('caseEvents').insert(event)
    for (const u of staff) {
      await enqueue(
        tx,
        {
          cause: `renovation-request:${caseId}`,
          userId: u._id,
          kind: 'caseUpdate',
          title: `${who}申请危房改造`,
          body: `${villageName} ${who}（${cur.appraisedGrade} 级）本人申请危房改造${request.note ? `：${request.note}` : ''}。纳入改造时申请人和申请日期已按此填好。`,
          page: pageLink('streetCase', { id: caseId }),
          fields: { thing1: `${who}危房改造申请`, phrase2: '农户申请', thing3: villageName },
        },
        nowIso,
      )
    }
    await audit(deps, ctx.user._id, 'case.requestRenovation', caseId, { grade: cur.appraisedGrade, stage: cur.stage }, tx)
    return { ...cur, renovationRequest: request }
  })
}
