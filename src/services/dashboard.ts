// The leader's figures and the map (一张图): both read the counters the server keeps up to
// date on every write, so they load fast whatever the number of houses.
import { call } from './api'

export const dashboardSummary = (villageId?: string) => call('dashboard.summary', villageId ? { villageId } : {})

export const mapHouses = (villageId: string) => call('map.houses', { villageId })
