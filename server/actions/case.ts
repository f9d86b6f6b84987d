// Hazard cases from report to closing: steps, records, the critical list and the village figures.
import { AppError, OPEN_CASE_STAGES, RENOVATED_ROUTE, criticalReason, isInRenovation, localDate, maskName, type CriticalHouse, type VillageCaseFigures } from '../../domain'
import { streetOfCaller, type Ctx } from '../core/context'
import { handlers } from '../core/handler'
import { ownReplay } from '../core/replay'
import type { FindOptions, Where } from '../ports/store'
import type { CaseDoc, CaseEventDoc } from '../store/docs'
import { caseDetail, caseSummaries } from '../services/cases/case-views'
import { runTransition } from '../services/cases/run-transition'
import { dueAfter } from '../services/cases/due-after'
import { openOrJoinCase } from '../services/cases/open-case'
import { requestRenovation } from '../services/cases/renovation-request'
import { NO_MEASURES, emergencyPatch } from '../services/cases/emergency-measures'
import { storedFigures } from '../services/counters/stored-figures'
import { readAll } from '../store/read-all'

async function loadCase(ctx: Ctx, caseId: string): Promise<CaseDoc> {
  const c = await ctx.deps.store.collection('cases').get(caseId)
  if (!c) throw new AppError('NOT_FOUND', '没有找到这个案件')
  ctx.requireHousehold({ _id: c.householdId, villageId: c.villageId })
  return c
}

/** The households of these villages that left monitoring. */
async function leftHouseholds(ctx: Ctx, villageIds: string[]): Promise<Set<string>> {
  const households = ctx.deps.store.collection('households')
  const left = await Promise.all(villageIds.map((villageId) => readAll((skip) => households.find({ where: { villageId, status: 'removed' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: 1000, fields: [] }))))
  return new Set(left.flat().map((h) => h._id))
}

export const caseHandlers = handlers({
  'case.transition': async (ctx, input) => caseDetail(ctx, await runTransition(ctx, input)),

  'case.get': async (ctx, input) => caseDetail(ctx, await loadCase(ctx, input.caseId)),

  'case.record': async (ctx, input) => {
    const { deps } = ctx
    const c = await deps.store.collection('cases').get(input.caseId)
    if (!c) throw new AppError('NOT_FOUND', '没有找到这个案件')
    ctx.requireVillage(c.villageId)
    const eventId = `ce-${input.entryId}`
    // A replay of this entry on this case by its author; any other owner of the id is refused.
    const isOwn = (e: CaseEventDoc) => e.caseId === c._id && e.actorId === ctx.user._id && e.action === input.kind
    const prior = await deps.store.collection('caseEvents').get(eventId)
    if (prior) {
      ownReplay(prior, isOwn)
      return caseDetail(ctx, c)
    }
    if (c.stage === 'closed') throw new AppError('ILLEGAL_TRANSITION', '案件已销号，不能再记录')
    if (input.kind === 'progress' && c.stage !== 'renovating') throw new AppError('ILLEGAL_TRANSITION', '改造开始后才能记录进度')
    if (input.kind === 'evacuation' && (!input.evacuatedOn || !input.livingNow || input.livingNow === 'stillInside')) {
      throw new AppError('VALIDATION', '请填写撤离日期和现在住在哪里')
    }
    if ((input.kind === 'warningSign' || input.kind === 'fence') && input.photos.length === 0) {
      throw new AppError('VALIDATION', input.kind === 'warningSign' ? '请拍下警示标志的照片' : '请拍下隔离围栏的照片')
    }
    const nowIso = ctx.now().toISOString()
    await deps.store.transaction(async (tx) => {
      const again = await tx.collection('caseEvents').get(eventId)
      if (again) return void ownReplay(again, isOwn)
      await tx.collection('caseEvents').insert({ _id: eventId, caseId: c._id, villageId: c.villageId, at: nowIso, actorId: ctx.user._id, action: input.kind, from: null, to: null, note: input.note, photos: input.photos })
      // 五、应急处置 may come before any appraisal: each measure is kept on the case as it is taken.
      const measure = emergencyPatch(input)
      if (measure) {
        const fresh = (await tx.collection('cases').get(c._id))!
        await tx.collection('cases').update(c._id, { emergency: { ...NO_MEASURES, ...fresh.emergency, ...measure }, updatedAt: nowIso })
        if (input.kind === 'evacuation' && c.houseId) await tx.collection('houses').update(c.houseId, { occupancy: 'evacuated', updatedAt: nowIso })
      }
    })
    return caseDetail(ctx, (await deps.store.collection('cases').get(c._id))!)
  },

  'case.open': async (ctx, input) => {
    const { deps } = ctx
    const house = await deps.store.collection('houses').get(input.houseId)
    if (!house) throw new AppError('NOT_FOUND', '没有找到这栋房屋')
    ctx.requireVillage(house.villageId)
    const taken = await deps.store.collection('cases').get(input.caseId)
    if (taken) return caseDetail(ctx, ownReplay(taken, (x) => x.houseId === house._id && x.openedBy === ctx.user._id))
    const now = ctx.now()
    const caseId = await deps.store.transaction(async (tx) => {
      const fresh = (await tx.collection('houses').get(house._id))!
      return openOrJoinCase(tx, fresh, { caseId: input.caseId, source: 'manual', by: ctx.user._id, atIso: now.toISOString(), summary: input.summary, evidence: { kind: 'manual', id: input.caseId }, dueDate: dueAfter(deps, 'reported', now) })
    })
    return caseDetail(ctx, (await deps.store.collection('cases').get(caseId))!)
  },

  'case.list': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    const today = localDate(ctx.now())
    const where: Where<CaseDoc> = input.mine || scope.assignedHouseholds
      ? { assignedAppraiserId: ctx.user._id }
      : { villageId: villageIds.length === 1 ? villageIds[0]! : { $in: villageIds } }
    // 已改造: the closed cases of one close route (closing implies the stage).
    if (input.closeRoute) where.closeRoute = input.closeRoute
    else if (input.stage === 'open') where.stage = { $in: OPEN_CASE_STAGES }
    else where.stage = input.stage
    if (input.overdueOnly) where.dueDate = { $lt: today }
    if (input.source) where.source = input.source
    const col = deps.store.collection('cases')
    const orderBy: FindOptions<CaseDoc>['orderBy'] = where.assignedAppraiserId ? [['assignedAppraiserId', 'asc'], ['stage', 'asc']] : input.closeRoute ? [['villageId', 'asc'], ['closeRoute', 'asc'], ['openedAt', 'desc']] : [['villageId', 'asc'], ['stage', 'asc'], ['openedAt', 'desc']]
    if (input.closeRoute) {
      // 已改造 counts the households still monitored only (one that left is counted
      // nowhere), so its list leaves out the same ones. Cases closed by one route are few
      // next to a street's open work: read their households whole, page here.
      const matching = await readAll((skip) => col.find({ where, orderBy, skip, limit: 1000, fields: ['householdId'] }))
      const left = await leftHouseholds(ctx, villageIds)
      const kept = matching.filter((c) => !left.has(c.householdId))
      const pageIds = kept.slice((input.page - 1) * input.pageSize, input.page * input.pageSize).map((c) => c._id)
      const byId = new Map((await col.getMany(pageIds)).map((c) => [c._id, c]))
      const docs = pageIds.flatMap((id) => byId.get(id) ?? [])
      return { items: await caseSummaries(deps, docs, today), total: kept.length, page: input.page, pageSize: input.pageSize }
    }
    const [total, docs] = await Promise.all([col.count(where), col.find({ where, orderBy, skip: (input.page - 1) * input.pageSize, limit: input.pageSize })])
    return { items: await caseSummaries(deps, docs, today), total, page: input.page, pageSize: input.pageSize }
  },

  'case.requestRenovation': async (ctx, input) => {
    await requestRenovation(ctx, input.caseId, input.note)
    const c = (await ctx.deps.store.collection('cases').get(input.caseId))!
    const [summary] = await caseSummaries(ctx.deps, [c], localDate(ctx.now()))
    return summary!
  },

  'case.mine': async (ctx) => {
    if (!ctx.user.householdId) return []
    const docs = await ctx.deps.store.collection('cases').find({ where: { householdId: ctx.user.householdId }, orderBy: [['householdId', 'asc'], ['openedAt', 'desc']], limit: 20 })
    return caseSummaries(ctx.deps, docs, localDate(ctx.now()))
  },

  'case.critical': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    // 人不进危房: every C/D house with people still inside, and every lived-in house a
    // patrol judged 疑似危房 not yet appraised since, first on every list.
    // Read village by village: a street's lived-in houses may outnumber one read's limit.
    const houseCol = deps.store.collection('houses')
    const occupied = await Promise.all(villageIds.map((villageId) => houseCol.find({ where: { villageId, occupancy: 'occupied' }, limit: 5000 })))
    const houses = occupied.flat().filter((h) => criticalReason(h) !== null)
    const households = new Map((await deps.store.collection('households').getMany([...new Set(houses.map((h) => h.householdId))])).map((h) => [h._id, h]))
    const out: CriticalHouse[] = []
    for (const h of houses) {
      const hh = households.get(h.householdId)
      if (!hh || hh.status !== 'monitored') continue
      const suspected = criticalReason(h) === 'suspected'
      out.push({ houseId: h._id, householdId: h.householdId, villageId: h.villageId, villageName: (await deps.orgs.get(h.villageId))?.name ?? '', headNameMasked: maskName(hh.headName), address: h.address, grade: suspected ? null : h.grade, suspected, caseId: h.openCaseId, gradedAt: suspected ? null : h.gradedAt })
    }
    const rank = (h: CriticalHouse) => (h.grade === 'D' ? 0 : h.grade === 'C' ? 1 : 2)
    return out.sort((a, b) => rank(a) - rank(b) || a.villageName.localeCompare(b.villageName, 'zh'))
  },

  'case.villageFigures': async (ctx) => {
    const { deps, scope } = ctx
    const today = localDate(ctx.now())
    const figures = await storedFigures(deps, [...scope.villageIds])
    const out: VillageCaseFigures[] = []
    for (const villageId of scope.villageIds) {
      // The cases of households still monitored: one that left is counted nowhere.
      const monitored = new Set((await readAll((skip) => deps.store.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], skip, limit: 1000, fields: [] }))).map((h) => h._id))
      const cases = (await readAll((skip) => deps.store.collection('cases').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['openedAt', 'asc']], skip, limit: 1000, fields: ['householdId', 'stage', 'appraisedGrade', 'closeRoute', 'dueDate'] }))).filter((c) => monitored.has(c.householdId))
      const open = cases.filter((c) => OPEN_CASE_STAGES.includes(c.stage))
      out.push({
        villageId,
        villageName: (await deps.orgs.get(villageId))?.name ?? '',
        found: cases.length,
        appraised: cases.filter((c) => c.appraisedGrade).length,
        dangerous: cases.filter((c) => c.appraisedGrade === 'C' || c.appraisedGrade === 'D').length,
        inRenovation: open.filter((c) => isInRenovation(c.stage)).length,
        renovated: cases.filter((c) => c.closeRoute === RENOVATED_ROUTE).length,
        overdue: open.filter((c) => c.dueDate && c.dueDate < today).length,
        occupiedDangerous: figures.get(villageId)?.occupiedDangerous ?? 0,
      })
    }
    return out.sort((a, b) => b.occupiedDangerous - a.occupiedDangerous || a.villageName.localeCompare(b.villageName, 'zh'))
  },

  'case.appraisers': async (ctx) => {
    const streetId = streetOfCaller(ctx, ['staff'])
    const users = await ctx.deps.store.collection('users').find({ where: { grantKeys: { $has: `appraiser@${streetId}` } }, limit: 200 })
    return users.filter((u) => !u.disabled).map((u) => ({ id: u._id, name: u.name }))
  },
})
