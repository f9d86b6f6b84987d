// 安置房源: the street's homes for people who cannot rebuild, and who lives in each.
import { call, type Input } from './api'

export type HousingInput = Input<'housing.add'>

export const listHousing = () => call('housing.list', {})

/** `optionId` is made once when the form opens and kept for every retry. */
export const addHousing = (input: HousingInput) => call('housing.add', input)

export const editHousing = (input: HousingInput) => call('housing.edit', input)

export const removeHousing = (optionId: string) => call('housing.remove', { optionId })

export const moveOutOfHousing = (optionId: string, householdId: string) => call('housing.moveOut', { optionId, householdId })
