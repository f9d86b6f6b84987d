import crypto from 'node:crypto'
import dayjs from 'dayjs'
import { AppError, CASE_STAGE_LABELS, anyHazard, localDate, type CoverageRow, type MonthlyStatsView, type SampleView, type SelfCheckView } from '../../domain'
import type { Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import { audit } from '../services/audit'
import { checkPhotos, recordPhotoUse } from '../services/patrols/evidence-photos'
import { registered, villagePlan } from '../services/patrols/monthly-plan'
import { monthlyFigures, statsDeadline } from '../services/patrols/monthly-stats'
import { dueAfter } from '../services/cases/due-after'
import { openOrJoinCase } from '../services/cases/open-case'
import { planSample } from '../services/patrols/sample-plan'
import { addReportToTimeline, reportLine, tellInspectorsOfReport } from '../services/cases/farmer-reports'
import { farmersOfHousehold, tellFarmersReceived } from '../services/cases/farmer-progress'
import { openOrJoinHouseholdCase } from '../services/cases/houseless-case'
import { peopleWith } from '../services/people'
import { streetOfScope, streetOfVillage } from '../services/street-scope'
import type { CaseDoc, HouseDoc, HouseholdDoc, MonthlyStatsDoc, PatrolDoc, SampleDoc, SelfCheckDoc, TaskDoc } from '../store/docs'

async function statsView(ctx: Ctx, villageId: string, month: string): Promise<MonthlyStatsView> {
  const { deps } = ctx
  const versions = await deps.store.collection('monthlyStats').find({
    where: { villageId, month },
    orderBy: [['villageId', 'asc'], ['month', 'asc'], ['version', 'desc']],
    limit: 50,
  })
  const latest = versions[0]
  return {
    villageId,
    villageName: (await deps.orgs.get(villageId))?.name ?? '',
    month,
    live: await monthlyFigures(deps, villageId, month),
    submitted: latest
      ? { version: latest.version, figures: latest.figures, submittedAt: latest.submittedAt, submittedBy: latest.submittedBy, late: latest.late, note: latest.note }
      : null,
    versions: versions.length,
    deadline: statsDeadline(month, deps.config.monthlyStatsDueDay),
  }
}

async function sampleView(ctx: Ctx, s: SampleDoc): Promise<SampleView> {
  return {
    id: s._id,
    month: s.month,
    seed: s.seed,
    mode: s.mode,
    value: s.value,
    createdAt: s.createdAt,
    createdBy: s.createdBy,
    villages: await Promise.all(s.villages.map(async (v) => ({ ...v, villageName: (await ctx.deps.orgs.get(v.villageId))?.name ?? '' }))),
  }
}

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

export const patrolReportHandlers = handlers({
  'stats.monthly': async (ctx, input) => {
    ctx.requireVillage(input.villageId)
    return statsView(ctx, input.villageId, input.month)
  },

  'stats.monthlySubmit': async (ctx, input) => {
    const { deps } = ctx
    ctx.requireVillage(input.villageId)
    const now = ctx.now()
    const today = localDate(now)
    if (`${input.month}-01` > today) throw new AppError('VALIDATION', '这个月还没开始，不能提交')
    const col = deps.store.collection('monthlyStats')
    const [latest] = await col.find({ where: { villageId: input.villageId, month: input.month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['version', 'desc']], limit: 1 })
    // A replay of the same submission changes nothing.
    if (latest?.submissionId === input.submissionId) return statsView(ctx, input.villageId, input.month)
    const version = (latest?.version ?? 0) + 1
    const figures = await monthlyFigures(deps, input.villageId, input.month)
    try {
      await col.insert({
        _id: `ms-${input.villageId}-${input.month}-v${version}`,
        submissionId: input.submissionId,
        villageId: input.villageId,
        month: input.month,
        version,
        figures,
        submittedAt: now.toISOString(),
        submittedBy: ctx.user._id,
        late: today > statsDeadline(input.month, deps.config.monthlyStatsDueDay),
        note: input.note,
      })
    } catch (err) {
      if (err instanceof AppError && err.code === 'CONFLICT') throw new AppError('CONFLICT', '刚才有人提交了这个月的统计，请刷新后再看')
      throw err
    }
    await audit(deps, ctx.user._id, 'stats.monthlySubmit', `${input.villageId}:${input.month}`, { version })
    return statsView(ctx, input.villageId, input.month)
  },

  'patrol.coverage': async (ctx, input) => {
    const { deps, scope } = ctx
    const month = input.month ?? dayjs(localDate(ctx.now())).format('YYYY-MM')
    const rows: CoverageRow[] = []
    for (const villageId of scope.villageIds) {
      const plan = await villagePlan(deps, villageId, month)
      const mismatches = await deps.store.collection('patrols').find({ where: { villageId, month }, orderBy: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']] })
      const patrolled = plan.filter((p) => p.status === 'done').length
      rows.push({
        villageId,
        villageName: (await deps.orgs.get(villageId))?.name ?? '',
        houses: plan.length,
        patrolled,
        notPatrolled: plan.length - patrolled,
        overdue: plan.filter((p) => p.status === 'overdue').length,
        unregistered: plan.filter((p) => p.status === 'unregistered').length,
        streetMismatches: mismatches.filter((p) => p.kind === 'street' && p.mismatchWith).length,
      })
    }
    return rows.sort((a, b) => b.notPatrolled / Math.max(1, b.houses) - a.notPatrolled / Math.max(1, a.houses) || a.villageName.localeCompare(b.villageName, 'zh'))
  },

  'sample.preview': async (ctx, input) => {
    const plan = await planSample(ctx, input)
    const villages = await Promise.all(plan.villages.map(async (v) => ({ villageId: v.villageId, villageName: (await ctx.deps.orgs.get(v.villageId))?.name ?? '', houses: v.houses, drawn: v.drawn.length })))
    return { month: input.month, seed: plan.seed, dueDate: plan.dueDate, villages, total: villages.reduce((n, v) => n + v.drawn, 0) }
  },

  'sample.draw': async (ctx, input) => {
    const { deps } = ctx
    const col = deps.store.collection('samples')
    const view = (s: SampleDoc) => sampleView(ctx, s)
    for (const v of input.villageIds ?? []) ctx.requireVillage(v)
    const existing = await col.get(input.sampleId)
    if (existing) return view(ownReplay(existing, (s) => s.createdBy === ctx.user._id))
    const { streetId, seed, dueDate: due, villages } = await planSample(ctx, input)
    const villageIds = villages.map((v) => v.villageId)
    const nowIso = ctx.now().toISOString()
    const doc: SampleDoc = { _id: input.sampleId, streetId, month: input.month, seed, mode: input.mode, value: input.value, villages, createdAt: nowIso, createdBy: ctx.user._id }
    await col.insert(doc)
    // Each drawn house becomes a street patrol task, due at the end of the month (configurable).
    const houses = new Map((await deps.store.collection('houses').getMany(villages.flatMap((v) => v.drawn))).map((h) => [h._id, h]))
    for (const h of houses.values()) {
      await deps.store.collection('tasks').set({
        // Short enough to come back as a patrol's taskId (ids are at most 64 characters), stable for a replay.
        _id: `task-sp-${crypto.createHash('sha256').update(`${doc._id}:${h._id}`).digest('base64url').slice(0, 32)}`,
        kind: 'streetPatrol',
        sampleId: doc._id,
        streetId,
        villageId: h.villageId,
        householdId: h.householdId,
        houseId: h._id,
        title: '街道随机巡查',
        dueDate: due,
        status: 'open',
        createdAt: nowIso,
        doneAt: null,
      })
    }
    await audit(deps, ctx.user._id, 'sample.draw', doc._id, { seed, mode: input.mode, value: input.value, villages: villageIds.length })
    return view(doc)
  },

  'sample.get': async (ctx, input) => {
    const s = await ctx.deps.store.collection('samples').get(input.sampleId)
    if (!s || !ctx.streetsWith(['staff', 'leader']).includes(s.streetId)) throw new AppError('NOT_FOUND', '没有找到这次抽查')
    return sampleView(ctx, s)
  },

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
