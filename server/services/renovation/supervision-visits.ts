// 技术指导与监督: street staff record a visit to the works of a case being renovated — a
// checklist and stamped photos — kept beside the case and shown in its timeline. The
// case cannot be accepted (竣工验收) before one is recorded (domain/rules/case-machine).
import { AppError, SUPERVISION_CHECKS, SUPERVISION_CHECK_LABELS, type SupervisionVisitView } from '../../../domain'
import type { z } from 'zod'
import type { supervisionContracts } from '../../../domain/contracts/supervision'
import type { Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import { ownReplay } from '../../core/replay'
import type { SupervisionVisitDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { photoLink } from '../files/photo-links'
import { checkPhotos, recordPhotoUse } from '../patrols/evidence-photos'

type RecordInput = z.output<(typeof supervisionContracts)['supervision.record']['input']>

/** How many visits the case has had: what 竣工验收 asks for. */
export async function supervisionCount(deps: Deps, caseId: string): Promise<number> {
  return deps.store.collection('supervisionVisits').count({ caseId })
}

export async function caseVisits(deps: Deps, caseId: string): Promise<SupervisionVisitDoc[]> {
  return deps.store.collection('supervisionVisits').find({ where: { caseId }, orderBy: [['caseId', 'asc'], ['visitedAt', 'desc']], limit: 100 })
}

export async function visitView(deps: Deps, v: SupervisionVisitDoc, names: Map<string, string>): Promise<SupervisionVisitView> {
  return {
    id: v._id,
    caseId: v.caseId,
    visitedAt: v.visitedAt,
    byName: names.get(v.by) ?? '',
    checks: v.checks,
    issues: SUPERVISION_CHECKS.filter((k) => v.checks[k] === 'issue').length,
    note: v.note,
    photos: await Promise.all(v.photos.map(async (p) => ({ ...(await photoLink(deps, p.fileId)), takenAt: p.takenAt, sha256: p.sha256, reused: p.reused, album: false }))),
  }
}

export async function visitViews(deps: Deps, visits: SupervisionVisitDoc[]): Promise<SupervisionVisitView[]> {
  const names = new Map((await deps.store.collection('users').getMany([...new Set(visits.map((v) => v.by))])).map((u) => [u._id, u.name]))
  return Promise.all(visits.map((v) => visitView(deps, v, names)))
}

/** One line for the case timeline: "施工安全、进度有问题：…" or "各项符合要求". */
function timelineNote(input: RecordInput): string {
  const issues = SUPERVISION_CHECKS.filter((k) => input.checks[k] === 'issue').map((k) => SUPERVISION_CHECK_LABELS[k])
  const head = issues.length ? `${issues.join('、')}有问题` : '各项符合要求'
  return input.note.trim() ? `${head}：${input.note.trim()}` : head
}

export async function recordVisit(ctx: Ctx, input: RecordInput): Promise<SupervisionVisitDoc> {
  const { deps } = ctx
  const c = await deps.store.collection('cases').get(input.caseId)
  if (!c) throw new AppError('NOT_FOUND', '没有找到这个案件')
  ctx.requireVillage(c.villageId, ['staff'])
  const visits = deps.store.collection('supervisionVisits')
  // A retried send returns the visit it recorded; an id used by anyone else, or on another case, is refused.
  const isOwn = (v: SupervisionVisitDoc) => v.caseId === c._id && v.by === ctx.user._id
  const prior = await visits.get(input.visitId)
  if (prior) return ownReplay(prior, isOwn)
  if (c.stage !== 'renovating') throw new AppError('ILLEGAL_TRANSITION', '开始改造后、竣工验收前才能记录技术指导与监督')
  const now = ctx.now()
  if (new Date(input.visitedAt).getTime() > now.getTime() + 5 * 60_000) throw new AppError('VALIDATION', '检查时间不能晚于现在')
  if (input.checks && SUPERVISION_CHECKS.some((k) => input.checks[k] === 'issue') && !input.note.trim()) {
    throw new AppError('VALIDATION', '有问题的项目，请写明问题和整改要求')
  }
  // The stamp on each picture says when and where it was taken; the visit's time stands for it here.
  const refs = await checkPhotos(deps, ctx.user._id, input.photos.map((fileId) => ({ fileId, takenAt: input.visitedAt, lat: null, lng: null })), new Date(input.visitedAt))
  const nowIso = now.toISOString()
  const note = timelineNote(input)
  await deps.store.transaction(async (tx) => {
    const again = await tx.collection('supervisionVisits').get(input.visitId)
    if (again) return void ownReplay(again, isOwn)
    const photos = await recordPhotoUse(tx, refs, `supervision:${input.visitId}`, nowIso)
    await tx.collection('supervisionVisits').insert({
      _id: input.visitId,
      caseId: c._id,
      streetId: c.streetId,
      villageId: c.villageId,
      visitedAt: input.visitedAt,
      by: ctx.user._id,
      checks: input.checks,
      note: input.note.trim(),
      photos,
      recordedAt: nowIso,
    })
    await tx.collection('caseEvents').insert({ _id: `ce-sv-${input.visitId}`, caseId: c._id, villageId: c.villageId, at: nowIso, actorId: ctx.user._id, action: 'supervision', from: null, to: null, note, photos: photos.map((p) => p.fileId) })
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, 'supervision.record', c._id, { visitId: input.visitId, issues: note }))
  })
  return (await visits.get(input.visitId))!
}
