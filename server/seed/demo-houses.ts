// Picks the houses the demo's cases happen to, the same ones on every machine: spread
// over the street's villages, each house at most once, and where a story needs a house
// that was already graded dangerous, one of those when the village has it.
import type { Deps } from '../core/deps'
import type { HouseDoc } from '../store/docs'

export type HouseWish = 'dangerousOccupied' | 'dangerousEvacuated' | 'sound'

const dangerous = (h: HouseDoc) => h.grade === 'C' || h.grade === 'D'

const FITS: Record<HouseWish, (h: HouseDoc) => boolean> = {
  dangerousOccupied: (h) => dangerous(h) && h.occupancy === 'occupied',
  dangerousEvacuated: (h) => dangerous(h) && h.occupancy === 'evacuated',
  sound: (h) => !dangerous(h) && h.occupancy === 'occupied',
}

export class DemoHouses {
  private readonly used = new Set<string>()

  private constructor(readonly villageIds: string[], private readonly byVillage: Map<string, HouseDoc[]>) {}

  /** The monitored houses of each village, in a fixed order. */
  static async load(deps: Deps, villageIds: string[]): Promise<DemoHouses> {
    const byVillage = new Map<string, HouseDoc[]>()
    for (const villageId of villageIds) {
      const monitored = new Set(
        (await deps.store.collection('households').find({ where: { villageId, status: 'monitored' }, orderBy: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']], limit: 5000 })).map((h) => h._id),
      )
      const houses = await deps.store.collection('houses').find({ where: { villageId }, orderBy: [['villageId', 'asc'], ['_id', 'asc']], limit: 5000 })
      byVillage.set(villageId, houses.filter((h) => monitored.has(h.householdId)))
    }
    return new DemoHouses(villageIds, byVillage)
  }

  /** Keeps a house out of the picking (the demo farmer's own). */
  reserve(houseId: string): void {
    this.used.add(houseId)
  }

  /**
   * A house of the `n`-th village (round the list) that fits the wish, else of the next
   * villages; a small village may have no dangerous house, and then a lived-in one does.
   */
  pick(n: number, wish: HouseWish): HouseDoc {
    for (const fits of [FITS[wish], FITS.sound, (h: HouseDoc) => h.occupancy !== 'vacant']) {
      for (let i = 0; i < this.villageIds.length; i++) {
        const houses = this.byVillage.get(this.villageIds[(n + i) % this.villageIds.length]!) ?? []
        const house = houses.find((h) => !this.used.has(h._id) && fits(h))
        if (house) {
          this.used.add(house._id)
          return house
        }
      }
    }
    throw new Error('the demo street has too few houses for its cases')
  }
}
