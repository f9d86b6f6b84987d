// The street's villages as clusters on the map (全街道一张图). Each village costs one
// stored counter (a hundred a query, shared with the dashboard so the figures are the
// same) and one bounded, indexed read of its located houses: never a read of every house,
// since a street may hold 100,000 houses at district scale.
import type { MapVillage } from '../../../domain'
import type { Deps } from '../../core/deps'
import { storedFigures } from '../counters/stored-figures'

/** Enough houses to place a village without an org position near its centre. */
const CENTRE_SAMPLE = 200

interface Place {
  lat: number | null
  lng: number | null
  placedBy: MapVillage['placedBy']
  housesLocated: boolean
}

async function placeOf(deps: Deps, villageId: string): Promise<Place> {
  const org = await deps.orgs.get(villageId)
  const own = org && org.lat !== null && org.lng !== null ? { lat: org.lat, lng: org.lng } : null
  // With its own position one located house is enough to know drilling in shows houses.
  const located = await deps.store.collection('houses').find({ where: { villageId, retiredAt: null, lat: { $ne: null } }, fields: ['lat', 'lng'], limit: own ? 1 : CENTRE_SAMPLE })
  const points = located.filter((h) => h.lat !== null && h.lng !== null) as Array<{ lat: number; lng: number }>
  if (own) return { ...own, placedBy: 'village', housesLocated: points.length > 0 }
  if (points.length === 0) return { lat: null, lng: null, placedBy: null, housesLocated: false }
  const mean = (xs: number[]) => xs.reduce((a, x) => a + x, 0) / xs.length
  return { lat: mean(points.map((p) => p.lat)), lng: mean(points.map((p) => p.lng)), placedBy: 'houses', housesLocated: true }
}

export async function villageClusters(deps: Deps, villageIds: string[]): Promise<MapVillage[]> {
  const figures = await storedFigures(deps, villageIds)
  const out: MapVillage[] = []
  for (const villageId of villageIds) {
    const f = figures.get(villageId)!
    const place = await placeOf(deps, villageId)
    const villageName = (await deps.orgs.get(villageId))?.name ?? ''
    out.push({ villageId, villageName, ...place, houses: f.houses, households: f.households, occupiedDangerous: f.occupiedDangerous, occupiedSuspected: f.occupiedSuspected, openCases: f.openCases })
  }
  // The dashboard's order: villages where people live in danger first.
  return out.sort((a, b) => b.occupiedDangerous - a.occupiedDangerous || a.villageName.localeCompare(b.villageName, 'zh'))
}
