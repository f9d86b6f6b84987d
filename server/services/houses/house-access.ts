// Loads a house for a registry write and checks the caller may touch it: an inspector the
// houses of his village, street staff any house of the street.
import { AppError } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { HouseDoc, HouseholdDoc } from '../../store/docs'

export const CONCURRENT_EDIT = '这栋房屋的信息刚被别人改过，请刷新看看最新内容；您填写的内容还在'

export async function houseForWrite(ctx: Ctx, houseId: string, expectRev: number): Promise<HouseDoc> {
  const house = await ctx.deps.store.collection('houses').get(houseId)
  if (!house) throw new AppError('NOT_FOUND', '没有找到这栋房屋')
  ctx.requireVillage(house.villageId)
  if (house.retiredAt) throw new AppError('VALIDATION', '这栋房屋已不在监测范围（已拆除或不再居住），不能再修改')
  if ((house.rev ?? 1) !== expectRev) throw new AppError('CONFLICT', CONCURRENT_EDIT)
  return house
}

/** A listed household the caller may register a house for. */
export async function householdForRegister(ctx: Ctx, householdId: string): Promise<HouseholdDoc> {
  const hh = await ctx.deps.store.collection('households').get(householdId)
  if (!hh) throw new AppError('NOT_FOUND', '没有找到这户')
  ctx.requireVillage(hh.villageId)
  if (hh.status !== 'monitored') throw new AppError('VALIDATION', '这户已不在监测名单中，不能登记房屋')
  return hh
}
