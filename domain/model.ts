// The shapes the client sees. Personal data only ever travels masked unless a reveal
// action (audited) returns it.
import type { Category, Grade, HouseRetireReason, HouseholdStatus, Occupancy, OrgLevel, Role, SiteHazard, Structure } from './enums'

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
  /** The district of that street (区), from the org tree: named with the street in banners and titles. */
  district: OrgView | null
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
  /** Floor area in square centimetres (m² × 10,000), kept as an integer. */
  floorAreaCm2: number
  lat: number | null
  lng: number | null
  grade: Grade | null
  gradedAt: string | null
  occupancy: Occupancy
  address: string
  siteHazards: SiteHazard[]
  /** GPS accuracy in metres when registered with a fix; null when 无定位. */
  gpsAccuracy: number | null
  /** Registered without a GPS fix (无定位): the position must be taken at a later visit. */
  noGps: boolean
  /** Registry revision, raised by every registration change; an edit quotes it. */
  rev: number
  photoCount: number
  /** Set when demolished or no longer lived in: out of plans, history kept. */
  retiredAt: string | null
  retiredReason: HouseRetireReason | null
  retiredNote: string
}

export interface HouseholdSummary {
  id: string
  /** 档案编号: the number people know the household's file by, e.g. 201-00042. */
  fileNo: string
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

export interface Page<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}

export type ImportPhase = 'parsing' | 'diffing' | 'missing' | 'ready' | 'applying' | 'done' | 'failed' | 'cancelled'

/** A generated or stored file and a link that works for a limited time. */
export interface FileLink {
  fileId: string
  fileName: string
  url: string
}

/** A grant as street staff see it; only grants within the viewer's street are listed. */
export interface PersonGrantView {
  role: Role
  orgId: string
  orgName: string
}

export interface PhotoView {
  fileId: string
  /** null when the photo is missing (deleted, or its stored id is not valid). */
  url: string | null
  /** The app shows 照片已不存在 in its place. */
  missing: boolean
  /** null for an album picture whose time the phone did not know. */
  takenAt: string | null
  sha256: string
  /** The same picture was already used as evidence elsewhere. */
  reused: boolean
  /** Picked from the album, not taken with the camera at the time. */
  album: boolean
}

export interface PatrolView {
  id: string
  kind: import('./patrol').PatrolKind
  houseId: string
  householdId: string
  villageId: string
  month: string
  patrolledAt: string
  receivedAt: string
  inspectorId: string
  inspectorName: string
  findings: Partial<Record<import('./patrol').PatrolPart, import('./patrol').PartFinding>>
  suggested: import('./patrol').Judgment
  judgment: import('./patrol').Judgment
  occupied: boolean
  photos: PhotoView[]
  gps: { lat: number; lng: number; accuracy: number } | null
  distanceM: number | null
  farFromHouse: boolean
  scannedPlate: boolean
  notes: string
  caseId: string | null
  /** Street patrol: the village patrol it contradicts. */
  mismatchWith: string | null
  /** Village patrol: the street patrol that contradicted it. */
  contradictedBy: string | null
}

export interface CaseSummary {
  id: string
  /** null while the household has no registered house. */
  houseId: string | null
  householdId: string
  villageId: string
  villageName: string
  headNameMasked: string
  address: string
  source: import('./cases').CaseSource
  sourceLabel: string
  stage: import('./cases').CaseStage
  stageLabel: string
  /** For the farmer: the stage in plain words. */
  plainWords: string
  grade: Grade | null
  occupancy: Occupancy
  openedAt: string
  dueDate: string | null
  overdue: boolean
  summary: string
  /** How many times the household reported this case itself. */
  farmerReports: number
  /** The farmer asked for renovation himself (由农户本人提出危房改造申请). */
  renovationRequest: RenovationRequest | null
  rev: number
}

export interface RenovationRequest {
  /** Local date of the request: the 申请日期 of 纳入改造. */
  on: string
  at: string
  note: string
}

export interface CaseEventView {
  id: string
  at: string
  actorName: string
  action: string
  label: string
  from: import('./cases').CaseStage | null
  to: import('./cases').CaseStage | null
  note: string
  /** url is null and missing true when the photo no longer exists. */
  photos: Array<{ fileId: string; url: string | null; missing: boolean }>
}

/** One report the farmer sent about the case's house: what he ticked, his words, his photos. */
export interface FarmerReportView {
  id: string
  at: string
  /** The problems he answered "yes" to, in plain words; empty on the quick path. */
  problems: string[]
  words: string
  photos: Array<{ fileId: string; url: string | null; missing: boolean }>
  /** He said he could not take a photo. */
  noPhoto: boolean
}

export interface AlertView {
  id: string
  source: 'manual' | 'qweather'
  /** Shown with QWeather data, as its terms ask. */
  attribution: string | null
  eventType: string
  eventName: string
  /** False when no alert rule knew this warning's type: the street may add one. */
  ruleMatched: boolean
  color: import('./alerts').AlertColor
  colorLabel: string
  villageIds: string[]
  startsAt: string
  endsAt: string
  text: string
  cancelled: boolean
  campaignId: string | null
}

export interface CampaignView {
  id: string
  alertId: string
  scope: import('./alerts').CampaignScope
  dueAt: string
  status: 'running' | 'done'
  villages: number
  villagesDone: number
  tasksCreated: number
  tasksDone: number
  inspectorsNotified: number
}

/** What every view of a declared disaster opens with. */
export interface DisasterHead {
  id: string
  kind: import('./alerts').DisasterKind
  kindLabel: string
  occurredAt: string
  dueDate: string
  description: string
}

/**
 * Where a declared disaster's damage reporting stands: 上报中 within the deadline, 已逾期
 * past it with some village not finished, 已完毕 once every village said it is done.
 */
export type DisasterState = 'reporting' | 'overdue' | 'done'

/** A village's figures, kept up to date on every write; the dashboards add them up. */
export interface VillageFigures {
  households: number
  /** Registered houses of monitored households that are still monitored (not retired). */
  houses: number
  /** Monitored households without such a house: 待登记房屋, each one more to patrol. */
  unregistered: number
  /** Live houses of monitored households by grade (栋). */
  byGrade: Record<Grade | 'none', number>
  /** Monitored households by their worst grade (户): what the household list filters on. */
  householdsByGrade: Record<Grade | 'none', number>
  /** Lived-in C/D houses (栋). */
  occupiedDangerous: number
  /** Lived-in houses a patrol judged 疑似危房, not appraised since (栋): the rest of the critical list. */
  occupiedSuspected: number
  evacuated: number
  month: string
  patrolledThisMonth: number
  openCases: number
  casesByStage: Partial<Record<import('./cases').CaseStage, number>>
  overdueCases: number
  overdueTasks: number
  inRenovation: number
  renovated: number
  casesOpenedThisMonth: number
}

export interface DashboardVillage extends VillageFigures {
  villageId: string
  villageName: string
  lat: number | null
  lng: number | null
}

/** The figures a street reports upward, to its leader's report and to the district, each in its own unit. */
export interface StreetFigures {
  households: number
  houses: number
  gradeC: number
  gradeD: number
  occupiedDangerous: number
  evacuated: number
  openCases: number
  overdueCases: number
  overdueTasks: number
  inRenovation: number
}

/** Every key of StreetFigures, to build and add them without spelling the list twice. */
export const STREET_FIGURE_KEYS = ['households', 'houses', 'gradeC', 'gradeD', 'occupiedDangerous', 'evacuated', 'openCases', 'overdueCases', 'overdueTasks', 'inRenovation'] as const satisfies ReadonlyArray<keyof StreetFigures>

export const emptyStreetFigures = (): StreetFigures => Object.fromEntries(STREET_FIGURE_KEYS.map((k) => [k, 0])) as unknown as StreetFigures

export interface QuarterlyTotals extends StreetFigures {
  casesOpenedInQuarter: number
  appraisedInQuarter: number
  renovatedInQuarter: number
  disasterDamagedInQuarter: number
  houseRows: number
}

/** Emergency measures recorded on a C/D house's case. */
export interface CaseEmergency {
  evacuated: boolean
  evacuatedOn: string | null
  livingNow: string
  signPosted: boolean
  fenced: boolean
}

/** The renovation chain of a case: application, reviews, method, funds in fen, acceptance. */
export interface CaseRenovation {
  appliedBy: string | null
  appliedOn: string | null
  villageReview: { date: string; result: string; note: string } | null
  streetReview: { date: string; result: string; note: string } | null
  districtApproval: { date: string; result: string; note: string } | null
  method: string | null
  ownFundsFen: number | null
  subsidyFen: number | null
  startedOn: string | null
  acceptedOn: string | null
  subsidyPaidOn: string | null
}
