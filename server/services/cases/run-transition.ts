// Moves a case one step. Checked by the domain's state machine, guarded by the case's
// revision (two people at once: one wins, the other gets CONFLICT and keeps what he
// typed), idempotent by the client-made transition id, audited, and applied with its
// effects on the house in one transaction.
import type { z } from 'zod'
import { AppError, TRANSITIONS, checkTransition, localDate, plainDate, proposeGrade, type Grade, type caseTransitionInput } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import type { CaseDoc, CaseEventDoc, HouseDoc } from '../../store/docs'
import { auditEntry } from '../audit'
import { ownReplay } from '../../core/replay'
import { FARMER_STEP_WORDS, farmersOfCase, tellFarmers } from './farmer-progress'
import { tellAppraiser } from './appraiser-notice'
import { releaseHouselessCase } from './houseless-case'
import { dueAfter } from './due-after'
import { supervisionCount } from '../renovation/supervision-visits'
import { checkHousingChoice, moveIntoHousing } from '../renovation/housing-options'

/** Steps that need no house: the verify, dismiss and report-to-street steps (effectsOf never reads it for them). */
const HOUSELESS_STEPS = new Set<TransitionInput['action']>(['verify', 'dismiss', 'reportToStreet'])

export type TransitionInput = z.output<typeof caseTransitionInput>

const RANK: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3 }

/** The household's worst grade once this house has `grade`; its other houses count too. */
async function worstGradeWith(deps: Deps, house: HouseDoc, grade: Grade): Promise<Grade | null> {
  const siblings = await deps.store.collection('houses').find({ where: { householdId: house.householdId } })
  return siblings.map((h) => (h._id === house._id ? grade : h.grade)).reduce<Grade | null>((w, g) => (g && (!w || RANK[g] > RANK[w]) ? g : w), null)
}

interface Effects {
  patch: Partial<CaseDoc>
  house?: Partial<HouseDoc>
  householdWorst?: Grade | null
  note: string
  photos: string[]
}

async function effectsOf(ctx: Ctx, c: CaseDoc, input: TransitionInput, maybeHouse: HouseDoc | null): Promise<Effects> {
  // Only HOUSELESS_STEPS come here without a house, and none of them reads it.
  const house = maybeHouse as HouseDoc
  const { deps } = ctx
  const today = localDate(ctx.now())
  const nowIso = ctx.now().toISOString()
  switch (input.action) {
    case 'verify':
    case 'reportToStreet':
    case 'startAppraisal':
      if (input.action === 'startAppraisal' && c.assignedAppraiserId !== ctx.user._id) throw new AppError('FORBIDDEN', '这个案件没有安排给您鉴定')
      return { patch: {}, note: input.note, photos: [] }
    case 'dismiss':
      return { patch: { closeRoute: 'dismissed', closeReason: input.note, closedAt: nowIso }, house: { openCaseId: null }, note: input.note, photos: [] }
    case 'assignAppraisal': {
      if (input.dueDate < today) throw new AppError('VALIDATION', '鉴定期限不能早于今天')
      const appraiser = await deps.store.collection('users').get(input.appraiserId)
      if (!appraiser || !appraiser.grants.some((g) => g.role === 'appraiser' && g.orgId === c.streetId)) throw new AppError('VALIDATION', '请选择本街道的鉴定人员')
      return {
        patch: { assignedAppraiserId: appraiser._id, appraisalDue: input.dueDate, appraisalFirm: input.firm, dueDate: input.dueDate },
        note: `安排 ${appraiser.name}${input.firm ? `（${input.firm}）` : ''} 鉴定，期限 ${plainDate(input.dueDate, today)}`,
        photos: [],
      }
    }
    case 'submitAppraisal': {
      if (c.assignedAppraiserId !== ctx.user._id) throw new AppError('FORBIDDEN', '这个案件没有安排给您鉴定')
      const proposal = proposeGrade(input.findings)
      if (input.grade !== proposal.grade && !input.overrideReason.trim()) {
        throw new AppError('VALIDATION', `规则建议为 ${proposal.grade} 级（${proposal.reason}），改为 ${input.grade} 级请写明理由`)
      }
      const worst = await worstGradeWith(deps, house, input.grade)
      return {
        patch: {
          appraisedGrade: input.grade,
          appraisal: {
            findings: input.findings,
            proposed: proposal.grade,
            proposedRule: proposal.rule,
            grade: input.grade,
            overrideReason: input.overrideReason,
            advice: input.advice,
            appraiserId: ctx.user._id,
            at: nowIso,
            photos: input.photos,
            reportFileId: input.reportFileId ?? null,
          },
        },
        house: { grade: input.grade, gradedAt: today, siteHazard: house.siteHazard || input.findings.site === 'c' || input.findings.site === 'd' },
        householdWorst: worst,
        note: `鉴定为 ${input.grade} 级${input.grade !== proposal.grade ? `（规则建议 ${proposal.grade} 级，理由：${input.overrideReason}）` : ''}。${input.advice}`,
        photos: input.photos,
      }
    }
    case 'closeSafe':
      return {
        patch: { closeRoute: input.advice === 'watch' ? 'watch' : 'repair', closeReason: input.note, closedAt: nowIso },
        house: { openCaseId: null },
        note: `${input.advice === 'watch' ? '建议关注' : '建议维修'}${input.note ? `：${input.note}` : ''}`,
        photos: [],
      }
    case 'startEmergency': {
      // A sign or fence already recorded (with its photo) at discovery needs no new photo.
      const newMeasure = (input.signPosted && !c.emergency?.signPosted) || (input.fenced && !c.emergency?.fenced)
      if (newMeasure && input.photos.length === 0) throw new AppError('VALIDATION', '请拍下警示标志或隔离围栏的照片')
      if (input.evacuated && input.livingNow === 'stillInside') throw new AppError('VALIDATION', '已撤离的户，请选择现在住在哪里')
      if (input.evacuated && !input.evacuatedOn) throw new AppError('VALIDATION', '请填写撤离日期')
      return {
        patch: { emergency: { evacuated: input.evacuated, evacuatedOn: input.evacuatedOn ?? null, livingNow: input.livingNow, signPosted: input.signPosted, fenced: input.fenced } },
        house: input.evacuated ? { occupancy: 'evacuated' } : { occupancy: 'occupied' },
        note: input.note || (input.evacuated ? '已撤离' : '仍有人居住，需尽快撤离'),
        photos: input.photos,
      }
    }
    case 'planRenovation': {
      for (const [label, r] of [['村评议', input.villageReview], ['街道审核', input.streetReview], ['区级审批', input.districtApproval]] as const) {
        if (r.result !== 'approved') throw new AppError('VALIDATION', `${label}未通过，不能纳入改造`)
      }
      return {
        patch: {
          renovation: {
            appliedBy: input.appliedBy,
            appliedOn: input.appliedOn,
            villageReview: input.villageReview,
            streetReview: input.streetReview,
            districtApproval: input.districtApproval,
            method: null,
            ownFundsFen: null,
            subsidyFen: null,
            startedOn: null,
            acceptedOn: null,
            subsidyPaidOn: null,
          },
        },
        note: `${plainDate(input.appliedOn, today)} 申请，区级 ${plainDate(input.districtApproval.date, today)} 批准`,
        photos: [],
      }
    }
    case 'startRenovation':
      return {
        patch: { renovation: { ...c.renovation!, method: input.method, ownFundsFen: input.ownFundsFen, subsidyFen: input.subsidyFen, startedOn: input.startedOn } },
        note: `自筹 ${(input.ownFundsFen / 100).toFixed(2)} 元，补助 ${(input.subsidyFen / 100).toFixed(2)} 元`,
        photos: [],
      }
    case 'acceptRenovation':
      return { patch: { renovation: { ...c.renovation!, acceptedOn: input.acceptedOn } }, note: input.note || '竣工验收合格', photos: input.photos }
    case 'closeOut': {
      if (c.stage === 'accepted' && !input.subsidyPaidOn) throw new AppError('VALIDATION', '请先填写补助拨付日期')
      if (input.route === 'other' && !input.reason.trim()) throw new AppError('VALIDATION', '请写明销号原因')
      const renovated = input.route === 'renovated'
      return {
        patch: {
          closeRoute: input.route,
          closeReason: input.reason,
          closedAt: nowIso,
          ...(renovated ? { renovation: { ...c.renovation!, subsidyPaidOn: input.subsidyPaidOn ?? null } } : {}),
        },
        // A renovated and accepted house is safe again and lived in; others stay as they are.
        house: renovated ? { openCaseId: null, grade: 'A', gradedAt: c.renovation?.acceptedOn ?? today, occupancy: 'occupied', renovatedBefore: true } : { openCaseId: null },
        householdWorst: renovated ? await worstGradeWith(deps, house, 'A') : undefined,
        note: input.reason,
        photos: [],
      }
    }
  }
}

export async function runTransition(ctx: Ctx, input: TransitionInput): Promise<CaseDoc> {
  const { deps } = ctx
  const eventId = `ce-${input.transitionId}`
  const cases = deps.store.collection('cases')
  const c = await cases.get(input.caseId)
  if (!c) throw new AppError('NOT_FOUND', '没有找到这个案件')
  ctx.requireVillage(c.villageId)
  // A replay of a transition that already happened returns the case as it is now — only
  // to its author, on this case; an id used anywhere else is refused.
  const isOwn = (e: CaseEventDoc) => e.caseId === c._id && e.actorId === ctx.user._id && e.action === input.action
  const replayed = async (): Promise<CaseDoc | null> => {
    const prior = await deps.store.collection('caseEvents').get(eventId)
    if (!prior) return null
    ownReplay(prior, isOwn)
    return (await cases.get(c._id))!
  }
  // The replay guard is read in the step's transaction. Whatever refuses the step before
  // it (a moved revision above all: a replay comes after its own step) first looks for
  // the replay, so a retry is answered with the case and another's id refused, as if the
  // guard had been read first.
  const beforeStep = async () => {
    if (c._rev !== input.expectRev) throw new AppError('CONFLICT', '这个案件刚被别人处理过，请刷新看看最新情况；您填写的内容还在')
    // A case reported before the house was registered can be looked at, passed on or
    // dismissed; appraisal and what follows need the house registered first.
    const house = c.houseId ? await deps.store.collection('houses').get(c.houseId) : null
    if (!house && !(c.houseId === null && HOUSELESS_STEPS.has(input.action))) {
      throw new AppError(c.houseId ? 'NOT_FOUND' : 'VALIDATION', c.houseId ? '没有找到这栋房屋' : '这户还没有登记房屋，请先登记房屋再安排鉴定')
    }
    // Only the roles held at this case's village count: staff of another street who is an
    // inspector here acts here as an inspector.
    const roles = ctx.rolesAt(c.villageId)
    const refusal = checkTransition(input.action, c.stage, roles, {
      grade: c.appraisedGrade ?? null,
      route: input.action === 'closeOut' ? input.route : undefined,
      supervisionVisits: input.action === 'acceptRenovation' ? await supervisionCount(deps, c._id) : undefined,
    })
    if (refusal) throw new AppError(refusal.code === 'ROLE' ? 'FORBIDDEN' : 'ILLEGAL_TRANSITION', refusal.message)
    const effects = await effectsOf(ctx, c, input, house)
    // Closing by relocation into one of the street's housing options: checked before anything is written.
    const housing = input.action === 'closeOut' && input.housingOptionId ? await checkHousingChoice(ctx, c, input.route, input.housingOptionId) : null
    if (housing) {
      effects.note = [effects.note, `搬入${housing.name}（${housing.address}）`].filter(Boolean).join('；')
      // The family lives in the option now: nobody is left in the old house.
      effects.house = { ...effects.house, occupancy: 'vacant' }
    }
    return { house, effects, housing }
  }
  let checked: Awaited<ReturnType<typeof beforeStep>>
  try {
    checked = await beforeStep()
  } catch (err) {
    if (err instanceof AppError) {
      const prior = await replayed()
      if (prior) return prior
    }
    throw err
  }
  const { house, effects, housing } = checked
  const to = TRANSITIONS[input.action].to
  // Farmers hear of the steps they care about only (farmer-progress.ts).
  const farmers = FARMER_STEP_WORDS[to] ? await farmersOfCase(deps, c) : []
  const villageName = input.action === 'assignAppraisal' ? ((await deps.orgs.get(c.villageId))?.name ?? '') : ''
  const now = ctx.now()
  const nowIso = now.toISOString()

  return deps.store.transaction(async (tx) => {
    const prior = await tx.collection('caseEvents').get(eventId)
    if (prior) {
      ownReplay(prior, isOwn)
      return (await tx.collection('cases').get(c._id))!
    }
    const fresh = await tx.collection('cases').get(c._id)
    if (!fresh || fresh._rev !== input.expectRev) throw new AppError('CONFLICT', '这个案件刚被别人处理过，请刷新看看最新情况；您填写的内容还在')
    const dueDate = effects.patch.dueDate !== undefined ? effects.patch.dueDate : dueAfter(deps, to, now)
    await tx.collection('cases').update(c._id, { ...effects.patch, stage: to, dueDate, updatedAt: nowIso }, { ifRev: input.expectRev })
    await tx.collection('caseEvents').insert({
      _id: eventId,
      caseId: c._id,
      villageId: c.villageId,
      at: nowIso,
      actorId: ctx.user._id,
      action: input.action,
      from: c.stage,
      to,
      note: effects.note,
      photos: effects.photos,
    })
    if (effects.house && house) await tx.collection('houses').update(house._id, { ...effects.house, updatedAt: nowIso })
    if (!house && to === 'closed') await releaseHouselessCase(tx, c)
    if (housing) await moveIntoHousing(tx, housing._id, { householdId: c.householdId, villageId: c.villageId, caseId: c._id, since: localDate(now) })
    if (effects.householdWorst !== undefined && house) await tx.collection('households').update(house.householdId, { worstGrade: effects.householdWorst, updatedAt: nowIso })
    await tx.collection('audit').insert(auditEntry(deps, ctx.user._id, `case.${input.action}`, c._id, { from: c.stage, to }))
    const grade = (effects.patch as Partial<CaseDoc>).appraisedGrade ?? c.appraisedGrade ?? null
    await tellFarmers(tx, farmers, c, to, eventId, grade, nowIso)
    if (input.action === 'assignAppraisal') await tellAppraiser(tx, c, { appraiserId: input.appraiserId, dueDate: input.dueDate, villageName, address: house?.address ?? '' }, eventId, nowIso)
    return (await tx.collection('cases').get(c._id))!
  }).catch(async (err: unknown) => {
    // Two retries of one step at once: the loser sees the winner's event and gets the
    // replay's answer, not CONFLICT.
    if (err instanceof AppError && err.code === 'CONFLICT') {
      const replay = await replayed()
      if (replay) return replay
    }
    throw err
  })
}
