// The stored documents. Fields used in queries are named in store/manifest.ts.
import type { Category, Grade, HouseholdStatus, Occupancy, OrgLevel, RoleGrant, Structure } from '../../domain'
import type { StoredDoc } from '../ports/store'

export interface OrgDoc extends StoredDoc {
  level: OrgLevel
  name: string
  parentId: string | null
  /** Administrative division code, where known. */
  code: string
  lat: number | null
  lng: number | null
}

export interface UserDoc extends StoredDoc {
  name: string
  /** WeChat OPENID once bound; null for accounts not yet bound. */
  openid: string | null
  grants: RoleGrant[]
  householdId: string | null
  disabled: boolean
  createdAt: string
}

export interface HouseholdDoc extends StoredDoc {
  streetId: string
  villageId: string
  group: string
  headName: string
  idEnc: string
  idHash: string
  idMasked: string
  phoneEnc: string
  phoneMasked: string
  address: string
  members: number
  categories: Category[]
  sourceDept: string
  listedSince: string
  status: HouseholdStatus
  /** Worst grade among its houses; null while none is appraised. Kept on write. */
  worstGrade: Grade | null
  houseCount: number
  createdAt: string
  updatedAt: string
}

export interface HouseDoc extends StoredDoc {
  householdId: string
  streetId: string
  villageId: string
  structure: Structure
  floors: number
  yearBuilt: number
  floorAreaCm2: number
  lat: number | null
  lng: number | null
  grade: Grade | null
  gradedAt: string | null
  occupancy: Occupancy
  address: string
  createdAt: string
  updatedAt: string
}

export interface AuditDoc extends StoredDoc {
  at: string
  actorId: string
  action: string
  subjectId: string
  detail: Record<string, unknown>
}
