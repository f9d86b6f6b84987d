import dayjs from 'dayjs'
import { AppError, localDate } from '../../domain'
import { handlers } from '../core/handler'
import type { HouseDoc, HouseholdDoc, PatrolDoc } from '../store/docs'
import { houseView, householdSummary } from '../services/household-views'
import { villagePlan } from '../services/patrols/monthly-plan'
import { patrolView } from '../services/patrols/patrol-view'
import { submitPatrol } from '../services/patrols/submit-patrol'
import { plateSheet } from '../services/plates'
import { audit } from '../services/audit'
import { housePhotos } from '../services/houses/house-photos'

/** Plans are computed per village; beyond this many villages the caller must pick one. */
const MAX_PLAN_VILLAGES = 20

export const patrolHandlers = handlers({
  'patrol.plan': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    if (villageIds.length > MAX_PLAN_VILLAGES) throw new AppError('VALIDATION', '请先选择一个村（社区）')
    const month = input.month ?? dayjs(localDate(ctx.now())).format('YYYY-MM')
    const items = (await Promise.all(villageIds.map((v) => villagePlan(deps, v, month)))).flat()
    const counts = { unregistered: 0, done: 0, pending: 0, overdue: 0 }
    for (const i of items) counts[i.status]++
    const filtered = input.status === 'all' ? items : items.filter((i) => i.status === input.status)
    const start = (input.page - 1) * input.pageSize
    return { month, counts, items: filtered.slice(start, start + input.pageSize), total: filtered.length, page: input.page, pageSize: input.pageSize }
  },

  'patrol.submit': async (ctx, input) => patrolView(ctx.deps, await submitPatrol(ctx, input), ctx.user),

  'patrol.get': async (ctx, input) => {
    const p = await ctx.deps.store.collection('patrols').get(input.patrolId)
    if (!p) throw new AppError('NOT_FOUND', '没有找到这条巡查记录')
    ctx.requireVillage(p.villageId)
    if (ctx.scope.assignedHouseholds) ctx.requireHousehold({ _id: p.householdId, villageId: p.villageId })
    return patrolView(ctx.deps, p)
  },

  'plates.sheet': async (ctx, input) => {
    ctx.requireVillage(input.villageId)
    const sheet = await plateSheet(ctx.deps, input.villageId, ctx.user._id, input.from)
    await audit(ctx.deps, ctx.user._id, 'plates.sheet', input.villageId, { plates: sheet.plates })
    return { ...sheet, url: await ctx.deps.files.tempUrl(sheet.fileId, 3600) }
  },

  'house.get': async (ctx, input) => {
    const { deps } = ctx
    const house = await deps.store.collection('houses').get(input.houseId)
    if (!house) throw new AppError('NOT_FOUND', '没有找到这栋房屋')
    const hh = await deps.store.collection('households').get(house.householdId)
    if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
    ctx.requireHousehold(hh)
    const patrols = await deps.store.collection('patrols').find({ where: { houseId: house._id }, orderBy: [['houseId', 'asc'], ['patrolledAt', 'desc']], limit: 20 })
    const village = await deps.orgs.get(hh.villageId)
    return {
      house: houseView(house),
      housePhotos: await housePhotos(deps, house),
      household: householdSummary(hh, village?.name ?? ''),
      patrols: await Promise.all(patrols.map((p) => patrolView(deps, p))),
      openCaseId: house.openCaseId,
    }
  },
})
