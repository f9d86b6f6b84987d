// The map (一张图): a village's houses with their places and states.
import { call } from './api'

export const mapHouses = (villageId: string) => call('map.houses', { villageId })
