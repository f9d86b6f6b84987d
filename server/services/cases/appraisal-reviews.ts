// 鉴定准确: completed appraisals drawn at random (stratified by grade, so D and C houses are
// never left out by chance, and reproducible from the draw's id) for a second appraiser.
// He grades without seeing the first grade; a different grade flags the review and the case.
import { AppError, GRADES, drawSample, localDate, maskName, pageLink, type AppraisalReviewView, type Grade } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import { ownReplay } from '../../core/replay'
import type { AppraisalReviewDoc, CaseDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { enqueue } from '../notify/enqueue'
import { streetScope } from '../street-scope'

const RISK: Record<Grade, number> = { D: 100, C: 80, B: 30, A: 0 }

export async function reviewViews(deps: Deps, docs: AppraisalReviewDoc[], forReviewer: boolean): Promise<AppraisalReviewView[]> {
  const houses = new Map((await deps.store.collection('houses').getMany([...new Set(docs.map((d) => d.houseId))])).map((h) => [h._id, h]))
  const households = new Map((await deps.store.collection('households').getMany([...new Set([...houses.values()].map((h) => h.householdId))])).map((h) => [h._id, h]))
  const users = new Map((await deps.store.collection('users').getMany([...new Set(docs.flatMap((d) => [d.firstAppraiserId, d.reviewerId]))])).map((u) => [u._id, u.name]))
  return Promise.all(
    docs.map(async (d) => {
      const house = houses.get(d.houseId)
      const blind = forReviewer && d.status === 'open'
      return {
        id: d._id,
        caseId: d.caseId,
        villageName: (await deps.orgs.get(d.villageId))?.name ?? '',
        address: house?.address ?? '',
        headNameMasked: maskName(households.get(house?.householdId ?? '')?.headName ?? ''),
        firstGrade: blind ? null : d.firstGrade,
        firstAppraiserName: blind ? '' : (users.get(d.firstAppraiserId) ?? ''),
        appraisedOn: localDate(new Date(d.appraisedAt)),
        reviewerName: users.get(d.reviewerId) ?? '',
        dueDate: d.dueDate,
        status: d.status,
        reviewGrade: d.reviewGrade,
        disagrees: d.disagrees,
        note: d.note,
      }
    }),
  )
}

interface DrawInput {
  drawId: string
  count: number
  reviewerId: string
  dueDate: string
}

export async function drawReviews(ctx: Ctx, streetId: string, input: DrawInput): Promise<AppraisalReviewDoc[]> {
  const { deps } = ctx
  const col = deps.store.collection('appraisalReviews')
  // The reviewer's street first, then the id: a taken id never tells more than a fresh one.
  const reviewer = await deps.store.collection('users').get(input.reviewerId)
  if (!reviewer || reviewer.disabled || !reviewer.grants.some((g) => g.role === 'appraiser' && g.orgId === streetId)) throw new AppError('VALIDATION', '请选择本街道的鉴定人员复核')
  const prior = await col.find({ where: { drawId: input.drawId } })
  if (prior.length > 0) return prior.map((r) => ownReplay(r, (x) => x.drawnBy === ctx.user._id && x.streetId === streetId))
  if (input.dueDate < localDate(ctx.now())) throw new AppError('VALIDATION', '复核期限不能早于今天')
  const street = await streetScope(deps, streetId)
  const appraised: CaseDoc[] = []
  for (const villageId of street.villageIds) {
    appraised.push(...(await deps.store.collection('cases').find({ where: { villageId, appraisedGrade: { $in: [...GRADES] } }, limit: 2000 })))
  }
  // Each appraisal is reviewed once, never by the appraiser who made it.
  const candidates: CaseDoc[] = []
  for (const c of appraised) {
    if (!c.appraisal || !c.houseId || c.appraisal.appraiserId === reviewer._id) continue
    if ((await col.count({ caseId: c._id })) > 0) continue
    candidates.push(c)
  }
  if (candidates.length === 0) throw new AppError('VALIDATION', `没有可以交给${reviewer.name}复核的已完成鉴定`)
  const picked = new Set(drawSample(candidates.map((c) => ({ houseId: c._id, risk: RISK[c.appraisal!.grade] })), input.count, input.drawId))
  const nowIso = ctx.now().toISOString()
  const docs: AppraisalReviewDoc[] = candidates
    .filter((c) => picked.has(c._id))
    .map((c, i) => ({
      _id: `ar-${input.drawId}-${i + 1}`,
      _rev: 1,
      drawId: input.drawId,
      streetId,
      villageId: c.villageId,
      caseId: c._id,
      houseId: c.houseId!,
      firstGrade: c.appraisal!.grade,
      firstAppraiserId: c.appraisal!.appraiserId,
      appraisedAt: c.appraisal!.at,
      reviewerId: reviewer._id,
      dueDate: input.dueDate,
      drawnBy: ctx.user._id,
      drawnAt: nowIso,
      status: 'open',
      reviewGrade: null,
      disagrees: null,
      note: '',
      reviewedAt: null,
    }))
  await deps.store.transaction(async (tx) => {
    for (const { _rev: _, ...d } of docs) await tx.collection('appraisalReviews').insert(d)
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'appraisalReview.draw', input.drawId, { reviewerId: reviewer._id, cases: docs.map((d) => d.caseId) }))
    // One message for the whole draw, not one per house.
    await enqueue(tx, {
      cause: `appraisal-review:${input.drawId}`,
      userId: reviewer._id,
      kind: 'deadlineReminder',
      title: '鉴定复核任务',
      body: `街道抽取了 ${docs.length} 处已完成的鉴定请您复核，请在 ${input.dueDate} 前完成`,
      page: pageLink('streetAppraisalReviews'),
      fields: { thing1: '鉴定复核任务', time2: `${input.dueDate} 23:59`, thing3: `${docs.length} 处房屋` },
    }, nowIso)
  })
  return col.find({ where: { drawId: input.drawId } })
}

export async function submitReview(ctx: Ctx, input: { reviewId: string; grade: Grade; note: string }): Promise<AppraisalReviewDoc> {
  const { deps } = ctx
  const col = deps.store.collection('appraisalReviews')
  const review = await col.get(input.reviewId)
  if (!review || review.reviewerId !== ctx.user._id) throw new AppError('NOT_FOUND', '没有找到这项复核')
  if (review.status === 'done') {
    if (review.reviewGrade === input.grade) return review
    throw new AppError('CONFLICT', '这项复核已经提交过了')
  }
  const disagrees = input.grade !== review.firstGrade
  if (disagrees && !input.note.trim()) throw new AppError('VALIDATION', `您评的等级和原鉴定不同，请写明理由`)
  const nowIso = ctx.now().toISOString()
  await deps.store.transaction(async (tx) => {
    await tx.collection('appraisalReviews').update(review._id, { status: 'done', reviewGrade: input.grade, disagrees, note: input.note.trim(), reviewedAt: nowIso }, { ifRev: review._rev })
    // Flagged on both records, as a village/street patrol disagreement is.
    if (disagrees) await tx.collection('cases').update(review.caseId, { appraisalDisputedBy: review._id })
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'appraisalReview.submit', review.caseId, { reviewId: review._id, firstGrade: review.firstGrade, reviewGrade: input.grade }))
  })
  return (await col.get(review._id))!
}
