// Shapes stored households and houses into what the client may see: masked by default.
import { DEPARTMENT_LABELS, maskName, type HouseView, type HouseholdDetail, type HouseholdSummary } from '../../domain'
import type { HouseDoc, HouseholdDoc } from '../store/docs'

export function houseView(h: HouseDoc): HouseView {
  return {
    id: h._id,
    householdId: h.householdId,
    villageId: h.villageId,
    structure: h.structure,
    floors: h.floors,
    yearBuilt: h.yearBuilt,
    floorAreaCm2: h.floorAreaCm2,
    lat: h.lat,
    lng: h.lng,
    grade: h.grade,
    gradedAt: h.gradedAt,
    occupancy: h.occupancy,
    address: h.address,
    siteHazards: h.siteHazards ?? [],
    gpsAccuracy: h.gpsAccuracy ?? null,
    noGps: h.noGps ?? false,
    rev: h.rev ?? 1,
    photoCount: h.photos?.length ?? 0,
    retiredAt: h.retiredAt ?? null,
    retiredReason: h.retiredReason ?? null,
    retiredNote: h.retiredNote ?? '',
  }
}

export function householdSummary(h: HouseholdDoc, villageName: string): HouseholdSummary {
  return {
    id: h._id,
    fileNo: h.fileNo ?? '',
    villageId: h.villageId,
    villageName,
    group: h.group,
    headNameMasked: maskName(h.headName),
    idNumberMasked: h.idMasked,
    phoneMasked: h.phoneMasked,
    members: h.members,
    categories: h.categories,
    status: h.status,
    worstGrade: h.worstGrade,
    houseCount: h.houseCount,
  }
}

export function householdDetail(h: HouseholdDoc, villageName: string, houses: HouseDoc[], farmerBound: boolean): HouseholdDetail {
  return {
    ...householdSummary(h, villageName),
    headName: h.headName,
    address: h.address,
    sourceDept: h.departments.map((d) => DEPARTMENT_LABELS[d]).join('、'),
    removedAt: h.removedAt,
    removedReason: h.removedReason,
    listedSince: h.listedSince,
    houses: houses.map(houseView),
    farmerBound,
  }
}
