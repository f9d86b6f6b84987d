// The 安置点 of a village, as shown to people and named in storm warnings.
import type { ShelterView } from '../../domain'
import type { Deps } from '../core/deps'
import type { ShelterDoc } from '../store/docs'

export async function villageShelters(deps: Deps, villageId: string): Promise<ShelterDoc[]> {
  return (await deps.store.collection('shelters').find({ where: { villageId }, orderBy: [['name', 'asc']], limit: 50 })).filter((s) => s.active)
}

export async function shelterView(deps: Deps, s: ShelterDoc): Promise<ShelterView> {
  return {
    id: s._id,
    villageId: s.villageId,
    villageName: (await deps.orgs.get(s.villageId))?.name ?? '',
    name: s.name,
    address: s.address,
    contact: s.contact,
    phone: s.phone,
    capacity: s.capacity,
  }
}

/** One line for a message: "玉龙村村委会（玉龙村1组，值班室 023-45678901）", or the fallback. */
export function shelterLine(shelters: ShelterDoc[]): string {
  const s = shelters[0]
  return s ? `${s.name}（${s.address}，${s.contact} ${s.phone}）` : '村里安排的安置点（请问村巡查员）'
}
