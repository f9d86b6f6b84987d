// The street map: every house with a position, coloured by grade and open case.
import { mapStatus, maskName, type MapHouse } from '../../domain'
import { handlers } from '../core/handler'
import { villageClusters } from '../services/map/village-clusters'

export const mapHandlers = handlers({
  'map.houses': async (ctx, input) => {
    const { deps, scope } = ctx
    if (input.villageId) ctx.requireVillage(input.villageId)
    const villageIds = input.villageId ? [input.villageId] : [...scope.villageIds]
    const LIMIT = 5000
    const houses: MapHouse[] = []
    let truncated = false
    for (const v of villageIds) {
      const docs = await deps.store.collection('houses').find({ where: { villageId: v }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], limit: LIMIT })
      const hh = new Map((await deps.store.collection('households').getMany([...new Set(docs.map((d) => d.householdId))])).map((h) => [h._id, h]))
      for (const d of docs) {
        const h = hh.get(d.householdId)
        if (!h || h.status !== 'monitored' || d.retiredAt || d.lat === null || d.lng === null) continue
        if (houses.length >= LIMIT) {
          truncated = true
          break
        }
        houses.push({ houseId: d._id, householdId: d.householdId, villageId: d.villageId, lat: d.lat, lng: d.lng, status: mapStatus(d), grade: d.grade, headNameMasked: maskName(h.headName), address: d.address })
      }
    }
    return { houses, truncated }
  },
  'map.villages': async (ctx) => ({ villages: await villageClusters(ctx.deps, [...ctx.scope.villageIds]) }),
})
