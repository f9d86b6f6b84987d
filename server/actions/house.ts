// The house registry: register at the first visit, edit, retire, and the history.
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import { houseView, householdSummary } from '../services/household-views'
import { registerHouse } from '../services/houses/register-house'
import { editHouse } from '../services/houses/edit-house'
import { retireHouse } from '../services/houses/retire-house'
import { houseHistory } from '../services/houses/house-history'
import { patrolView } from '../services/patrols/patrol-view'
import { housePhotos } from '../services/houses/house-photos'

export const houseHandlers = handlers({
  'house.register': async (ctx, input) => houseView(await registerHouse(ctx, input)),

  'house.edit': async (ctx, input) => houseView(await editHouse(ctx, input)),

  'house.retire': async (ctx, input) => houseView(await retireHouse(ctx, input)),

  'house.history': async (ctx, input) => {
    const house = await ctx.deps.store.collection('houses').get(input.houseId)
    if (!house) throw new AppError('NOT_FOUND', '没有找到这栋房屋')
    ctx.requireVillage(house.villageId)
    return houseHistory(ctx.deps, house._id)
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
