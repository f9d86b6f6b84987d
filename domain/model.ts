// The shapes the client sees. Personal data only ever travels masked unless a reveal
// action (audited) returns it.
import type { Category, Grade, HouseRetireReason, HouseholdStatus, Occupancy, OrgLevel, Role, SiteHazard, Structure } from './enums'
import type { MonthlyFigures } from './patrol'

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

/** One change of a house's registry record: who, when, and each field before and after. */
export interface HouseHistoryEntry {
  id: string
  at: string
  actorName: string
  kind: 'registered' | 'edited' | 'retired'
  changes: Array<{ field: string; label: string; before: string; after: string }>
  note: string
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
  /** Labels of the departments whose lists name this household. */
  sourceDept: string
  listedSince: string
  removedAt: string | null
  removedReason: string | null
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

export type ImportPhase = 'parsing' | 'diffing' | 'missing' | 'ready' | 'applying' | 'done' | 'failed' | 'cancelled'

export interface ImportJobView {
  id: string
  fileName: string
  source: import('./departments').ImportSource
  sourceLabel: string
  phase: ImportPhase
  phaseLabel: string
  /** 0..100 for the current phase. */
  progress: number
  rowsRead: number
  counts: { new: number; changed: number; missing: number; unchanged: number; error: number }
  villagesCovered: string[]
  failure: string | null
  createdAt: string
  createdBy: string
  appliedAt: string | null
}

export interface ImportRowView {
  seq: number
  rowNumber: number | null
  kind: 'new' | 'changed' | 'missing' | 'unchanged' | 'error'
  householdId: string | null
  villageName: string
  nameMasked: string
  idMasked: string
  categories: Category[]
  changes: Array<{ field: string; label: string; from: string; to: string }>
  errors: Array<{ column: string; message: string }>
}

/** Who an import takes off the list, the ones to look at twice first. */
export interface ImportLeavingView {
  /** Households missing from the list: what the apply must confirm. */
  leaving: number
  flagged: Array<{ householdId: string; villageName: string; nameMasked: string; leavesMonitoring: boolean; reasons: string[] }>
}

/** A generated or stored file and a link that works for a limited time. */
export interface FileLink {
  fileId: string
  fileName: string
  url: string
}

export interface HouseholdEventView {
  id: string
  at: string
  kind: 'listed' | 'changed' | 'removed' | 'relisted'
  kindLabel: string
  note: string
  changes: Array<{ field: string; from: string; to: string }>
}

export interface TaskView {
  id: string
  kind: 'newListingCheck' | 'streetPatrol' | 'emergencyPatrol' | 'evacuationConfirm'
  /** The house to patrol, for house-level tasks. */
  houseId: string | null
  title: string
  villageId: string
  villageName: string
  householdId: string
  householdNameMasked: string
  dueDate: string
  status: 'open' | 'done' | 'cancelled'
  overdue: boolean
}

export interface InvitationView {
  id: string
  kind: 'farmer' | 'staff'
  /** Shown in full only to its creator, for the QR code. */
  code: string
  /** What the QR code encodes: the page that accepts it, with the code. */
  path: string
  /** The scannable image while the invitation is unused. */
  qrUrl: string | null
  label: string
  grants: RoleGrant[]
  householdId: string | null
  createdAt: string
  expiresAt: string
  usedAt: string | null
  usedBy: string | null
  /** When it was withdrawn before use; a withdrawn code no longer works. */
  revokedAt: string | null
}

/** A grant as street staff see it; only grants within the viewer's street are listed. */
export interface PersonGrantView {
  role: Role
  orgId: string
  orgName: string
}

/** One person of the street, for taking access away (人员与权限). */
export interface PersonView {
  userId: string
  name: string
  disabled: boolean
  /** Grants within the viewer's street. */
  grants: PersonGrantView[]
  /** True when the person also holds grants in another street (not shown). */
  elsewhere: boolean
  /** The household a farmer is bound to, masked, when it is in the viewer's street. */
  household: { id: string; headName: string; villageName: string } | null
  /** The viewer himself: he cannot disable himself or revoke his own staff grant. */
  isMe: boolean
}

export interface PhotoView {
  fileId: string
  /** null when the photo is missing (deleted, or its stored id is not valid). */
  url: string | null
  /** The app shows 照片已不存在 in its place. */
  missing: boolean
  takenAt: string
  sha256: string
  /** The same picture was already used as evidence elsewhere. */
  reused: boolean
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

export interface PatrolPlanItem {
  /** null on a 待登记房屋 row: a listed household without a registered house. */
  houseId: string | null
  householdId: string
  villageId: string
  villageName: string
  headNameMasked: string
  address: string
  grade: Grade | null
  occupancy: Occupancy
  /** unregistered: 待登记房屋, listed first so no household is skipped (不漏一户). */
  status: 'unregistered' | 'done' | 'pending' | 'overdue'
  risk: number
  lastPatrolAt: string | null
  lastJudgment: import('./patrol').Judgment | null
}

export interface HouseDetail {
  house: HouseView
  /** The stamped photos taken when the house was registered or edited. */
  housePhotos: PhotoView[]
  household: HouseholdSummary
  patrols: PatrolView[]
  openCaseId: string | null
}

export interface MonthlyStatsView {
  villageId: string
  villageName: string
  month: string
  /** Computed from the data now. */
  live: MonthlyFigures
  /** The latest submitted version, frozen; corrections are new versions. */
  submitted: { version: number; figures: MonthlyFigures; submittedAt: string; submittedBy: string; late: boolean; note: string } | null
  versions: number
  deadline: string
}

export interface CoverageRow {
  villageId: string
  villageName: string
  houses: number
  patrolled: number
  notPatrolled: number
  overdue: number
  /** Listed households still without a registered house (待登记房屋); counted in notPatrolled. */
  unregistered: number
  streetMismatches: number
}

export interface SampleView {
  id: string
  month: string
  seed: string
  mode: 'count' | 'share'
  value: number
  createdAt: string
  createdBy: string
  villages: Array<{ villageId: string; villageName: string; houses: number; drawn: string[] }>
}

/** What a draw would take, shown for confirmation: how many houses per village and by when; draw with its seed to take exactly these. */
export interface SamplePreview {
  month: string
  seed: string
  dueDate: string
  villages: Array<{ villageId: string; villageName: string; houses: number; drawn: number }>
  total: number
}

export interface SelfCheckView {
  id: string
  houseId: string | null
  checkedAt: string
  hazard: boolean
  answers: Record<string, boolean>
  description: string
  caseId: string | null
  caseStage: import('./cases').CaseStage | null
  caseStageLabel: string | null
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

export interface CaseDetail extends CaseSummary {
  /** The farmer's reports on this case, oldest first. */
  reports: FarmerReportView[]
  assignedAppraiserId: string | null
  appraisalDue: string | null
  appraisal: {
    findings: Record<string, string>
    proposed: Grade
    proposedRule: string
    grade: Grade
    overrideReason: string
    advice: string
    appraiserName: string
    at: string
  } | null
  emergency: CaseEmergency | null
  renovation: CaseRenovation | null
  closeRoute: string | null
  closeReason: string | null
  closedAt: string | null
  /** Actions the caller may take now (for buttons; the server checks again). */
  actions: import('./rules/case-machine').CaseAction[]
  timeline: CaseEventView[]
}

export interface CriticalHouse {
  houseId: string
  householdId: string
  villageId: string
  villageName: string
  headNameMasked: string
  address: string
  /** null while only a patrol's 疑似危房 judgment puts it here (not yet appraised). */
  grade: Grade | null
  /** On the list because a patrol judged it 疑似危房 with people inside. */
  suspected: boolean
  caseId: string | null
  gradedAt: string | null
}

export interface VillageCaseFigures {
  villageId: string
  villageName: string
  found: number
  appraised: number
  dangerous: number
  inRenovation: number
  renovated: number
  overdue: number
  occupiedDangerous: number
}

export interface InboxItem {
  id: string
  kind: import('./notifications').MessageKind
  title: string
  body: string
  page: string
  createdAt: string
  read: boolean
  /** Whether WeChat pushed it too (see PUSH_STATE_TEXT). */
  push: import('./notify-roles').PushState
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

export interface DisasterEventView extends DisasterHead {
  /** lateReports: damaged houses reported after the due date, counted with the others too. */
  villages: Array<{ villageId: string; villageName: string; reports: number; lateReports: number; done: boolean; overdue: boolean }>
  reports: Array<{ id: string; houseId: string; villageId: string; damage: import('./alerts').DamageGrade; damageLabel: string; peopleAffected: number; major: boolean; caseId: string | null; reportedAt: string; late: boolean }>
}

/**
 * Where a declared disaster's damage reporting stands: 上报中 within the deadline, 已逾期
 * past it with some village not finished, 已完毕 once every village said it is done.
 */
export type DisasterState = 'reporting' | 'overdue' | 'done'

/** A disaster in the list: its state over all its villages, and the caller's villages in detail. */
export interface DisasterListItem extends DisasterHead {
  state: DisasterState
  /** Every village the disaster covers, the caller's or not. */
  villageCount: number
  /** The covered villages the caller answers for (an inspector's own; every one for the street). */
  mine: Array<{ villageId: string; villageName: string; done: boolean; overdue: boolean }>
  /** Damaged houses reported so far in the caller's villages. */
  reports: number
}

/** A village's figures, kept up to date on every write; the dashboards add them up. */
export interface VillageFigures {
  households: number
  /** Registered houses of monitored households that are still monitored (not retired). */
  houses: number
  /** Monitored households without such a house: 待登记房屋, each one more to patrol. */
  unregistered: number
  byGrade: Record<Grade | 'none', number>
  occupiedDangerous: number
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

export interface Dashboard {
  asOf: string
  month: string
  totals: VillageFigures
  villages: DashboardVillage[]
  trends: Array<{ month: string; patrolled: number; houses: number; dangerous: number; casesOpened: number }>
  alerts: AlertView[]
  campaigns: CampaignView[]
}

export interface CounterDrift {
  villageId: string
  field: string
  stored: unknown
  recount: unknown
}

/** A house on the map (一张图), coloured by what matters most about it now. */
export interface MapHouse {
  houseId: string
  householdId: string
  villageId: string
  lat: number
  lng: number
  status: 'safe' | 'watch' | 'hazard' | 'dangerous' | 'evacuated'
  grade: Grade | null
  headNameMasked: string
  address: string
}

export interface QuarterlyTotals {
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
  casesOpenedInQuarter: number
  appraisedInQuarter: number
  renovatedInQuarter: number
  disasterDamagedInQuarter: number
  houseRows: number
}

export interface QuarterlyReportView {
  id: string
  quarter: string
  phase: 'collecting' | 'writing' | 'done' | 'failed'
  progress: number
  totals: QuarterlyTotals | null
  file: FileLink | null
  /** Why there is no file any more (it expired and was deleted), in plain words. */
  fileNote: string | null
  createdAt: string
  failure: string | null
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
