// The house registry: register at the first visit, edit, retire, and the history.
import { AppError } from '../../domain'
import { handlers } from '../core/handler'
import type { HouseDoc } from '../store/docs'
import { houseView } from '../services/household-views'
import { registerHouse } from '../services/houses/register-house'
import { editHouse } from '../services/houses/edit-house'
import { retireHouse } from '../services/houses/retire-house'
import { houseHistory } from '../services/houses/house-history'

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
})
