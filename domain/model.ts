// The shapes the client sees. Personal data only ever travels masked unless a reveal
// action (audited) returns it.
import type { Category, Grade, HouseholdStatus, Occupancy, OrgLevel, Role, Structure } from './enums'

export interface OrgView {
  id: string
  name: string
  level: OrgLevel
  parentId: string | null
}

export interface RoleGrant {
  role: Role
  /** A village for farmer/inspector, a street for staff/appraiser/leader. */
  orgId: string
}

export interface Me {
  userId: string
  name: string
  grants: RoleGrant[]
  roles: Role[]
  street: OrgView | null
  villages: OrgView[]
  householdId: string | null
}

export interface HouseView {
  id: string
  householdId: string
  villageId: string
  structure: Structure
  floors: number
  yearBuilt: number
  /** Floor area in square metres times 100, kept as an integer. */
  floorAreaCm2: number
  lat: number | null
  lng: number | null
  grade: Grade | null
  gradedAt: string | null
  occupancy: Occupancy
  address: string
}

export interface HouseholdSummary {
  id: string
  villageId: string
  villageName: string
  group: string
  headNameMasked: string
  idNumberMasked: string
  phoneMasked: string
  members: number
  categories: Category[]
  status: HouseholdStatus
  worstGrade: Grade | null
  houseCount: number
}

export interface HouseholdDetail extends HouseholdSummary {
  headName: string
  address: string
  sourceDept: string
  listedSince: string
  houses: HouseView[]
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export interface VillageCounts {
  villageId: string
  villageName: string
  households: number
  houses: number
  byGrade: Record<Grade | 'none', number>
  occupiedDangerous: number
}
