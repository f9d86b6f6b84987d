// 安置房源 of a street (公租房, 闲置公房, 租赁房源) and who lives in each: a case closed by
// relocation moves the family into one, in the same transaction as the close-out.
import { AppError, HOUSING_KIND_LABELS, housingRoomLeft, maskName, type CloseRoute, type HousingOptionView } from '../../../domain'
import type { Ctx } from '../../core/context'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { CaseDoc, HousingOptionDoc } from '../../store/docs'

type Occupant = HousingOptionDoc['occupants'][number]

export async function streetOptions(deps: Deps, streetId: string): Promise<HousingOptionDoc[]> {
  return (await deps.store.collection('housingOptions').find({ where: { streetId }, orderBy: [['streetId', 'asc'], ['name', 'asc']], limit: 500 })).filter((o) => o.active)
}

export async function optionViews(deps: Deps, options: HousingOptionDoc[]): Promise<HousingOptionView[]> {
  const households = new Map((await deps.store.collection('households').getMany([...new Set(options.flatMap((o) => o.occupants.map((p) => p.householdId)))])).map((h) => [h._id, h]))
  const villageName = async (id: string) => (await deps.orgs.get(id))?.name ?? ''
  return Promise.all(
    options.map(async (o) => ({
      id: o._id,
      kind: o.kind,
      name: o.name,
      address: o.address,
      capacity: o.capacity,
      occupants: await Promise.all(o.occupants.map(async (p) => ({ householdId: p.householdId, headNameMasked: maskName(households.get(p.householdId)?.headName ?? ''), villageName: await villageName(p.villageId), caseId: p.caseId, since: p.since }))),
      roomLeft: housingRoomLeft(o.capacity, o.occupants.length),
      note: o.note,
    })),
  )
}

/**
 * The option a case closing by relocation names: of the case's street, still active, with
 * room left. Refused before anything is written.
 */
export async function checkHousingChoice(ctx: Ctx, c: CaseDoc, route: CloseRoute, optionId: string): Promise<HousingOptionDoc> {
  if (route === 'renovated') throw new AppError('VALIDATION', '改造完成的户不用选安置房源')
  const option = await ctx.deps.store.collection('housingOptions').get(optionId)
  if (!option || !option.active || option.streetId !== c.streetId) throw new AppError('VALIDATION', '请从本街道的安置房源里选择')
  if (option.occupants.some((p) => p.householdId === c.householdId)) return option
  if (housingRoomLeft(option.capacity, option.occupants.length) === 0) {
    throw new AppError('VALIDATION', `${option.name}已住满（可住 ${option.capacity} 户），请选择别的${HOUSING_KIND_LABELS[option.kind]}或先登记有人搬出`)
  }
  return option
}

/** Adds the household to the option's occupants inside the close-out's transaction. */
export async function moveIntoHousing(tx: TxStore, optionId: string, occupant: Occupant): Promise<void> {
  const col = tx.collection('housingOptions')
  const fresh = await col.get(optionId)
  if (!fresh || fresh.occupants.some((p) => p.householdId === occupant.householdId)) return
  if (housingRoomLeft(fresh.capacity, fresh.occupants.length) === 0) throw new AppError('CONFLICT', `${fresh.name}刚刚住满了，请选择别的房源`)
  await col.update(optionId, { occupants: [...fresh.occupants, occupant], updatedAt: occupant.since })
}
