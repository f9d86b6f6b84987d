// 安置点: where families go when their house is not safe in a storm.
import { call, type Input } from './api'

export type ShelterInput = Input<'shelter.save'>

export const listShelters = (villageId?: string) => call('shelter.list', villageId ? { villageId } : {})

export const saveShelter = (input: ShelterInput) => call('shelter.save', input)

export const removeShelter = (shelterId: string) => call('shelter.remove', { shelterId })
