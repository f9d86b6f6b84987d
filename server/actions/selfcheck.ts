// The farmer's self-check: a few yes/no questions and photos; a problem opens or joins a case.
import crypto from 'node:crypto'
import { AppError, CASE_STAGE_LABELS, anyHazard, type SelfCheckView } from '../../domain'
import type { Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { checkPhotos, recordPhotoUse } from '../services/patrols/evidence-photos'
import { dueAfter } from '../services/cases/due-after'
import { openOrJoinCase } from '../services/cases/open-case'
import { addReportToTimeline, reportLine, tellInspectorsOfReport } from '../services/cases/farmer-reports'
import { farmersOfHousehold, tellFarmersReceived } from '../services/cases/farmer-progress'
import { openOrJoinHouseholdCase } from '../services/cases/houseless-case'
import { peopleWith } from '../services/people'
import type { SelfCheckDoc } from '../store/docs'

async function selfCheckView(ctx: Ctx, d: SelfCheckDoc): Promise<SelfCheckView> {
  const c = d.caseId ? await ctx.deps.store.collection('cases').get(d.caseId) : null
  return {
    id: d._id,
    houseId: d.houseId,
    checkedAt: d.checkedAt,
    hazard: d.hazard,
    answers: d.answers,
    description: d.description,
    caseId: d.caseId,
    caseStage: c?.stage ?? null,
    caseStageLabel: c ? CASE_STAGE_LABELS[c.stage] : null,
  }
}

export const selfcheckHandlers = handlers({
  'selfcheck.submit': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('selfChecks')
    const inputHash = crypto.createHash('sha256').update(JSON.stringify(input)).digest('hex')
    // Without a registered house the report is about his household.
    const house = input.houseId ? await deps.store.collection('houses').get(input.houseId) : null
    const hhId = input.houseId ? house?.householdId : ctx.user.householdId
    const hh = hhId ? await deps.store.collection('households').get(hhId) : null
    if ((input.houseId && !house) || !hh) throw new AppError('NOT_FOUND', input.houseId ? '没有找到这栋房屋' : '还没有关联到您家的档案，请联系本村巡查员')
    ctx.requireHousehold(hh)
    const replay = await col.get(input.reportId)
    if (replay) return selfCheckView(ctx, ownReplay(replay, (d) => d.userId === ctx.user._id && d.inputHash === inputHash))
    const now = ctx.now()
    const at = new Date(input.checkedAt)
    if (at.getTime() > now.getTime() + 5 * 60_000) throw new AppError('VALIDATION', '时间不对：晚于现在')
    const hazard = input.problem || anyHazard(input.answers)
    if (hazard && input.photos.length === 0 && !input.noPhoto) throw new AppError('VALIDATION', '请拍一张照片，让村里看清楚问题')
    // Without a photo his words are all the village has to go on.
    if (hazard && input.photos.length === 0 && input.description.trim().length < 2) throw new AppError('VALIDATION', '拍不了照片的话，请说一说房子哪里有问题')
    const photos = await checkPhotos(deps, ctx.user._id, input.photos, at)
    const nowIso = now.toISOString()
    const doc: SelfCheckDoc = {
      _id: input.reportId,
      houseId: house?._id ?? null,
      householdId: hh._id,
      villageId: hh.villageId,
      userId: ctx.user._id,
      checkedAt: at.toISOString(),
      receivedAt: nowIso,
      answers: input.answers,
      hazard,
      description: input.description,
      photos,
      caseId: null,
      inputHash,
      problem: input.problem,
      noPhoto: input.noPhoto && input.photos.length === 0,
    }
    const inspectors = hazard ? await peopleWith(deps, 'inspector', hh.villageId) : []
    const family = hazard ? await farmersOfHousehold(deps, hh._id) : []
    const villageName = (await deps.orgs.get(hh.villageId))?.name ?? ''
    const saved = await deps.store.transaction(async (tx) => {
      const again = await tx.collection('selfChecks').get(doc._id)
      if (again) return ownReplay(again, (d) => d.userId === ctx.user._id && d.inputHash === inputHash)
      doc.photos = await recordPhotoUse(tx, photos, doc._id, nowIso)
      if (hazard) {
        const opening = {
          caseId: `case-${doc._id}`,
          by: ctx.user._id,
          atIso: nowIso,
          // His own words when he wrote some; else what he ticked. A report without a photo says so.
          summary: doc.noPhoto || !doc.description ? reportLine(doc) : doc.description,
          evidence: { kind: 'selfCheck' as const, id: doc._id },
          dueDate: dueAfter(deps, 'reported', now),
        }
        const fresh = house ? (await tx.collection('houses').get(house._id))! : null
        doc.caseId = fresh ? await openOrJoinCase(tx, fresh, { ...opening, source: 'farmerReport' }) : await openOrJoinHouseholdCase(tx, hh, opening)
        // A report on a case already open is a step of it, not merged silently.
        if (doc.caseId !== `case-${doc._id}`) {
          const open = await tx.collection('cases').get(doc.caseId)
          if (open) await addReportToTimeline(tx, open, doc)
        }
        await tellInspectorsOfReport(tx, deps, inspectors, hh, villageName, doc, doc.caseId)
        await tellFarmersReceived(tx, family, doc._id, nowIso)
      }
      await tx.collection('selfChecks').insert(doc)
      return doc
    })
    return selfCheckView(ctx, saved)
  },

  'selfcheck.mine': async (ctx) => {
    if (!ctx.user.householdId) return []
    const docs = await ctx.deps.store.collection('selfChecks').find({
      where: { householdId: ctx.user.householdId },
      orderBy: [['householdId', 'asc'], ['checkedAt', 'desc']],
      limit: 30,
    })
    return Promise.all(docs.map((d) => selfCheckView(ctx, d)))
  },
})
