// The map (一张图): the street's villages as clusters, and a village's houses with their places and states.
import { call } from './api'

export const mapHouses = (villageId: string) => call('map.houses', { villageId })
export const mapVillages = () => call('map.villages', {})
