// The stored documents. Fields used in queries are named in store/manifest.ts.
import type { CaseEmergency, CaseRenovation, RenovationRequest, AlertColor, AlertRule, CampaignScope, DamageGrade, DisasterKind, MessageKind, MonthlyFigures, CaseSource, CaseStage, Judgment, PartFinding, PatrolKind, PatrolPart, Category, Department, Grade, HouseholdStatus, HouseRetireReason, ImportPhase, ImportSource, ListHouse, SheetColumn, Occupancy, OrgLevel, RoleGrant, SiteHazard, Structure, VillageFigures, QuarterlyReportView, QuarterlyTotals, SupervisionCheck, SupervisionResult, PlanMethod, HousingKind, ReportFlowState, ReportFlowView, CriticalReason } from '../../domain'
import type { StoredDoc } from '../ports/store'

export interface OrgDoc extends StoredDoc {
  level: OrgLevel
  name: string
  parentId: string | null
  /** Administrative division code, where known. */
  code: string
  /** Streets: the last 档案编号 count given to a household of the street (store/file-numbers). */
  lastFileNo?: number
  lat: number | null
  lng: number | null
}

export interface UserDoc extends StoredDoc {
  name: string
  /** "role@orgId" for each grant, to find people by role (kept with grants). */
  grantKeys?: string[]
  /** WeChat OPENID once bound; null for accounts not yet bound. */
  openid: string | null
  grants: RoleGrant[]
  householdId: string | null
  disabled: boolean
  createdAt: string
  /** A worker's own phone for the farmers of his village to call, sealed like household phones. */
  phoneEnc?: string
  phoneMasked?: string
}

export interface HouseholdDoc extends StoredDoc {
  /** 档案编号: the household's file number, e.g. 201-00042 (store/file-numbers). */
  fileNo: string
  streetId: string
  villageId: string
  group: string
  headName: string
  idEnc: string
  idHash: string
  idMasked: string
  phoneEnc: string
  phoneHash: string
  phoneMasked: string
  address: string
  members: number
  categories: Category[]
  /** Departments whose lists name this household; derived from categories. */
  departments: Department[]
  listedSince: string
  status: HouseholdStatus
  removedAt: string | null
  removedReason: string | null
  /** Worst grade among its houses; null while none is appraised. Kept on write. */
  worstGrade: Grade | null
  houseCount: number
  createdAt: string
  updatedAt: string
  /** The open case of a report made before any house was registered (see cases/houseless-case.ts). */
  houselessCaseId?: string | null
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
  /** Some site hazard noted at registration or appraisal (slope, flooding): for the risk order. */
  siteHazard: boolean
  /** Which site hazards the registration noted (边坡/山体/排水). */
  siteHazards: SiteHazard[]
  /** GPS accuracy (m) of the registration's fix; null without one. */
  gpsAccuracy: number | null
  /** Registered without a fix (无定位): flagged until a visit records the position. */
  noGps: boolean
  /** Stamped photos of the house taken at registration and edits. */
  photos: PhotoRef[]
  /** Registry revision: raised by register/edit/retire only (patrols do not touch it). */
  rev: number
  /** Who registered it in the app; null for houses from the demo seed. */
  registeredBy: string | null
  /** Hash of the registration input, so a replay with the same content is recognised. */
  registerHash: string | null
  /** Demolished or no longer lived in: out of plans and counts, history kept. */
  retiredAt: string | null
  retiredReason: HouseRetireReason | null
  retiredNote: string
  renovatedBefore: boolean
  /** The open hazard case, if any: one house, one open case. */
  openCaseId: string | null
  lastPatrolAt: string | null
  lastJudgment: Judgment | null
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

/** One entry of a household's history: listing, changes, leaving monitoring. */
export interface HouseholdEventDoc extends StoredDoc {
  householdId: string
  villageId: string
  at: string
  actorId: string
  kind: 'listed' | 'changed' | 'removed' | 'relisted'
  /** field -> [before, after], masked where personal. */
  changes: Record<string, [unknown, unknown]>
  note: string
  importId: string | null
}

/** One change of a house's registry record (register, edit, retire). */
export interface HouseEventDoc extends StoredDoc {
  houseId: string
  householdId: string
  villageId: string
  at: string
  actorId: string
  kind: 'registered' | 'edited' | 'retired'
  /** field -> [before, after] as stored values. */
  changes: Record<string, [unknown, unknown]>
  note: string
}

export interface TaskDoc extends StoredDoc {
  /** evacuationConfirm: under a storm warning, see that the family of an occupied C/D house has moved out. */
  kind: 'newListingCheck' | 'streetPatrol' | 'emergencyPatrol' | 'evacuationConfirm'
  /** For tasks due within hours (emergency patrols): the exact time. */
  dueAt?: string
  campaignId?: string
  /** streetPatrol: the random sample that drew the house. */
  sampleId?: string
  streetId: string
  villageId: string
  householdId: string
  /** The house to patrol, for house-level tasks. */
  houseId?: string
  title: string
  dueDate: string
  status: 'open' | 'done' | 'cancelled'
  createdAt: string
  doneAt: string | null
}

export interface ImportDoc extends StoredDoc {
  streetId: string
  source: ImportSource
  fileId: string
  fileName: string
  createdBy: string
  createdAt: string
  phase: ImportPhase
  /** Header positions, once the header row has been read. */
  columns: Partial<Record<SheetColumn, number>> | null
  /** Last spreadsheet row read. */
  rowsRead: number
  /** Next row seq to number. */
  nextSeq: number
  /** Rows waiting for the diff, and how many have been diffed. */
  pending: number
  diffed: number
  /** Cursor of the missing-household scan: village index and offset. */
  missingCursor: { village: number; skip: number }
  villageIds: string[]
  counts: { new: number; changed: number; missing: number; unchanged: number; error: number }
  /**
   * Rows to write on apply, and where the apply stopped: it goes village by village (so a
   * chunk leaves few villages to count again), each in seq order; villageId '' is before
   * the first village.
   */
  toApply: number
  applied: number
  applyCursor: { villageId: string; seq: number }
  /**
   * The street file numbers given to the households of the page of new rows being written
   * in bulk (services/imports/apply-new.ts): a page cut short and written again gives its
   * households the same numbers, and none is given twice.
   */
  fileNoBlock?: { key: string; start: number; householdIds: string[] } | null
  excludeErrorRows: boolean
  removalReason: string
  failure: string | null
  leaseUntil: number
  appliedAt: string | null
}

export interface ImportRowDoc extends StoredDoc {
  importId: string
  seq: number
  rowNumber: number | null
  kind: 'pending' | 'new' | 'changed' | 'missing' | 'unchanged' | 'error'
  householdId: string | null
  villageId: string | null
  villageName: string
  name: string | null
  nameMasked: string
  idHash: string | null
  idEnc: string | null
  idMasked: string
  phoneHash: string | null
  phoneEnc: string | null
  phoneMasked: string | null
  group: string
  address: string
  members: number | null
  categories: Category[]
  /** The house the row's house columns describe; absent or null when they are empty. */
  house?: ListHouse | null
  changes: Record<string, [string, string]>
  errors: Array<{ column: string; message: string }>
}

/** One counted failure; id names the reservation that made it (see services/attempts). */
export interface AttemptEntry {
  id: string
  at: string
}

export interface AttemptDoc extends StoredDoc {
  /** Failures of the last day (bare timestamps in documents of older versions). */
  failures: Array<AttemptEntry | string>
  lockedUntil: string | null
}

export interface InvitationDoc extends StoredDoc {
  kind: 'farmer' | 'staff'
  codeHash: string
  codeEnc: string
  qrFileId: string | null
  label: string
  grants: RoleGrant[]
  householdId: string | null
  createdBy: string
  createdAt: string
  expiresAt: string
  usedAt: string | null
  usedBy: string | null
  /** Set when street staff (or its creator) withdrew it before use; absent on older ones. */
  revokedAt?: string | null
  revokedBy?: string | null
}

export interface PhotoRef {
  fileId: string
  /** Of the uploaded (stamped) file. */
  sha256: string
  /** null for an album picture whose time the phone does not know. */
  takenAt: string | null
  lat: number | null
  lng: number | null
  reused: boolean
  /** Picked from the album, not taken with the camera (absent on photos stored before). */
  album?: boolean
  /** Of the picture before the stamp, as the phone hashed it; the reuse check's second key. */
  originalSha256?: string | null
}

export interface PatrolDoc extends StoredDoc {
  kind: PatrolKind
  houseId: string
  householdId: string
  streetId: string
  villageId: string
  /** Local month (YYYY-MM, Asia/Shanghai) of patrolledAt: the plan it counts for. */
  month: string
  patrolledAt: string
  receivedAt: string
  inspectorId: string
  findings: Partial<Record<PatrolPart, PartFinding>>
  suggested: Judgment
  judgment: Judgment
  occupied: boolean
  photos: PhotoRef[]
  gps: { lat: number; lng: number; accuracy: number } | null
  distanceM: number | null
  farFromHouse: boolean
  scannedPlate: boolean
  notes: string
  taskId: string | null
  caseId: string | null
  /** A street patrol that found a hazard where the village's latest patrol said safe. */
  mismatchWith: string | null
  /** On a village patrol: the street patrol that contradicted it. */
  contradictedBy: string | null
  /** Fingerprint of what the client sent, to tell a replay from a different patrol. */
  inputHash: string
}

/** First use of a photo's content, so an old picture cannot pass for a new one. */
export interface PhotoUseDoc extends StoredDoc {
  firstUsedIn: string
  at: string
}

/** One user's uploads on one local day (_id uq-<user>-<day>), against the daily quota. */
export interface UploadQuotaDoc extends StoredDoc {
  userId: string
  day: string
  files: number
  bytes: number
  /** Cloud: the file ids already counted today, so a retried action counts none twice. */
  fileIds: string[]
}

export interface CaseDoc extends StoredDoc {
  /** null while the household has no registered house yet; registering it attaches it. */
  houseId: string | null
  householdId: string
  streetId: string
  villageId: string
  source: CaseSource
  stage: CaseStage
  openedAt: string
  openedBy: string
  summary: string
  evidence: Array<{ kind: 'patrol' | 'selfCheck' | 'disasterReport' | 'manual'; id: string }>
  updatedAt: string
  /** When the current stage's next step is due (local date); null when closed. */
  dueDate?: string | null
  /** The appraised grade, top-level so it can be counted. */
  appraisedGrade?: Grade | null
  assignedAppraiserId?: string | null
  appraisalDue?: string | null
  appraisalFirm?: string
  appraisal?: {
    findings: Record<string, string>
    proposed: Grade
    proposedRule: string
    grade: Grade
    overrideReason: string
    advice: string
    appraiserId: string
    at: string
    photos: string[]
    reportFileId: string | null
  } | null
  emergency?: CaseEmergency | null
  renovation?: CaseRenovation | null
  closeRoute?: string | null
  closeReason?: string | null
  closedAt?: string | null
  /** The farmer's own request for renovation, with who made it. */
  renovationRequest?: (RenovationRequest & { by: string }) | null
  /** 鉴定准确: a second appraiser graded the house otherwise (the review's id). */
  appraisalDisputedBy?: string | null
}

export interface CaseEventDoc extends StoredDoc {
  caseId: string
  villageId: string
  at: string
  actorId: string
  action: string
  from: CaseStage | null
  to: CaseStage | null
  note: string
  photos: string[]
}

export interface MonthlyStatsDoc extends StoredDoc {
  submissionId: string
  villageId: string
  month: string
  version: number
  figures: MonthlyFigures
  submittedAt: string
  submittedBy: string
  late: boolean
  note: string
}

export interface SampleDoc extends StoredDoc {
  streetId: string
  month: string
  seed: string
  mode: 'count' | 'share'
  value: number
  villages: Array<{ villageId: string; houses: number; drawn: string[] }>
  createdAt: string
  createdBy: string
}

export interface SelfCheckDoc extends StoredDoc {
  /** null when the household had no registered house to name. */
  houseId: string | null
  householdId: string
  villageId: string
  userId: string
  checkedAt: string
  receivedAt: string
  answers: Record<string, boolean>
  hazard: boolean
  description: string
  photos: PhotoRef[]
  caseId: string | null
  inputHash: string
  /** Sent by the quick path ("我发现房子有问题"), not the five questions. */
  problem?: boolean
  /** He said he could not take a photo. */
  noPhoto?: boolean
}

export interface InboxDoc extends StoredDoc {
  userId: string
  kind: MessageKind
  title: string
  body: string
  page: string
  createdAt: string
  readAt: string | null
}

export interface OutboxDoc extends StoredDoc {
  userId: string
  kind: MessageKind
  title: string
  body: string
  page: string
  fields: Record<string, string>
  /** sending: claimed by one sender (leaseOwner) until leaseUntil; then any sender may take it over. */
  status: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed'
  attempts: number
  nextAttemptAt: string
  lastError: string | null
  createdAt: string
  sentAt: string | null
  /** Absent on messages written before claims existed. */
  leaseOwner?: string | null
  leaseUntil?: string | null
}

/** What a user agreed to receive, per message kind (wx.requestSubscribeMessage). */
export interface ConsentDoc extends StoredDoc {
  userId: string
  kind: MessageKind
  /** One-time consents not yet used: each allows one message. */
  remaining: number
  /** Long-term subscription (政务民生 category). */
  longTerm: boolean
  updatedAt: string
  /** When WeChat answered 43101 (refused or used up): the kind stays stopped until he consents again. */
  stoppedAt?: string | null
}

/** A template id WeChat refused (40037 invalid template, 47003 keyword format): a configuration defect, kept once per template. */
export interface TemplateDefectDoc extends StoredDoc {
  /** _id is the template id. */
  kind: MessageKind
  templateId: string
  errCode: number
  /** The first message WeChat refused with it. */
  messageId: string
  at: string
}

export interface AlertDoc extends StoredDoc {
  source: 'manual' | 'qweather'
  /** The provider's id, for de-duplication and updates. */
  externalId: string | null
  streetId: string
  eventType: string
  /** The event's name as the provider gave it (absent on warnings stored before names were kept). */
  eventName?: string
  /** False when no alert rule knew the warning's type: the street is shown it to add one. */
  ruleMatched?: boolean
  color: AlertColor
  villageIds: string[]
  startsAt: string
  endsAt: string
  text: string
  cancelled: boolean
  supersededBy: string | null
  campaignId: string | null
  createdAt: string
  createdBy: string
}

/** The alert rules a street added (for new warning types) without a deploy; _id is the street. */
export interface AlertRulesDoc extends StoredDoc {
  rules: AlertRule[]
  updatedAt: string
  updatedBy: string
}

export interface CampaignDoc extends StoredDoc {
  alertId: string
  /** The task title, e.g. "应急巡查：暴雨红色预警". */
  title: string
  /** The warning's name, e.g. "暴雨红色预警", for the farmers' safety message (absent on older campaigns). */
  alertName?: string
  /** Red warnings tell farmers of occupied C/D houses to move out now. */
  alertColor?: AlertColor
  streetId: string
  scope: CampaignScope
  dueAt: string
  villageIds: string[]
  status: 'running' | 'done'
  cursor: { village: number; afterId: string }
  tasksCreated: number
  inspectorsNotified: number
  leaseUntil: number
  createdAt: string
}

/** A village's 安置点: where families go when their house is not safe in a storm. */
export interface ShelterDoc extends StoredDoc {
  streetId: string
  villageId: string
  name: string
  address: string
  /** Who to call there: a duty phone of the village or the site, not a monitored person's. */
  contact: string
  phone: string
  capacity: number | null
  active: boolean
  updatedAt: string
  updatedBy: string
}

/** 技术指导与监督: one visit of street staff to the works of a case being renovated. */
export interface SupervisionVisitDoc extends StoredDoc {
  caseId: string
  streetId: string
  villageId: string
  visitedAt: string
  by: string
  checks: Record<SupervisionCheck, SupervisionResult>
  note: string
  photos: PhotoRef[]
  recordedAt: string
}

/** One household in a street's yearly renovation plan (纳入改造计划); taken out with a reason, kept. */
export interface RenovationPlanDoc extends StoredDoc {
  streetId: string
  villageId: string
  householdId: string
  year: number
  method: PlanMethod
  plannedFen: number
  paidFen: number
  reason: string
  addedAt: string
  addedBy: string
  removed: boolean
  removedReason: string | null
  removedAt: string | null
  removedBy: string | null
  updatedAt: string
}

/** 安置房源 of a street: 公租房, 闲置公房 or 租赁房源, and the households living there now. */
export interface HousingOptionDoc extends StoredDoc {
  streetId: string
  kind: HousingKind
  name: string
  address: string
  capacity: number
  note: string
  occupants: Array<{ householdId: string; villageId: string; caseId: string | null; since: string }>
  active: boolean
  createdBy: string
  updatedAt: string
  updatedBy: string
}

/** 鉴定准确: a completed appraisal drawn for a second appraiser to grade again. */
export interface AppraisalReviewDoc extends StoredDoc {
  drawId: string
  streetId: string
  villageId: string
  caseId: string
  houseId: string
  firstGrade: Grade
  firstAppraiserId: string
  appraisedAt: string
  reviewerId: string
  dueDate: string
  drawnBy: string
  drawnAt: string
  status: 'open' | 'done'
  reviewGrade: Grade | null
  disagrees: boolean | null
  note: string
  reviewedAt: string | null
}

export interface DisasterEventDoc extends StoredDoc {
  streetId: string
  kind: DisasterKind
  occurredAt: string
  dueDate: string
  description: string
  villageIds: string[]
  villagesDone: Record<string, string>
  createdBy: string
  createdAt: string
}

export interface DisasterReportDoc extends StoredDoc {
  eventId: string
  houseId: string
  householdId: string
  villageId: string
  damage: DamageGrade
  peopleAffected: number
  measures: string
  major: boolean
  photos: string[]
  caseId: string | null
  reportedBy: string
  reportedAt: string
  /** Made after the disaster's due date (even when the village had said 上报完毕). */
  late?: boolean
}

/** A scheduled job's run for one period, so a job fires once per period however often it ticks. */
export interface JobRunDoc extends StoredDoc {
  job: string
  at: string
  /** A run done in steps (the daily recount): the last item done, absent once the run is finished. */
  cursor?: string
}

// Bookkeeping documents of the counters, reports, file expiry, the data-key check and the dirty-village marks.

export interface VillageCounterDoc extends StoredDoc {
  streetId: string
  figures: VillageFigures
  updatedAt: string
  /** What the figures are derived from, moved by each write (services/counters/tally.ts); absent until first counted. */
  tally?: VillageTally
  /** The trend lines of the 11 months before the figures' month, copied from villageMonths when counted, for the dashboard. */
  months?: MonthLine[]
}

/** A month's line of a village's 12-month trend. */
export interface MonthLine {
  month: string
  patrolled: number
  houses: number
  dangerous: number
  casesOpened: number
}

/**
 * A village's tally as stored. Lists rather than maps keyed by id: a document id may hold
 * characters a CloudBase field name may not.
 */
export interface VillageTally {
  v: number
  month: string
  /** Monitored households: [id, worstGrade]. */
  households: Array<[string, Grade | null]>
  /** Every house of the village: [id, householdId, grade, occupancy, retired, critical reason]. */
  houses: Array<[string, string, Grade | null, string, boolean, CriticalReason | null]>
  /** Houses with patrols other than self-checks in `month`: [houseId, patrols]. */
  patrolled: Array<[string, number]>
  /** Open cases: [id, stage, dueDate, householdId]. */
  openCases: Array<[string, CaseStage, string | null, string]>
  /** Cases closed by renovation: [householdId, cases]. */
  renovated: Array<[string, number]>
  /** Cases opened in `month`: [householdId, cases]. */
  openedThisMonth: Array<[string, number]>
  /** Open tasks: [householdId, dueDate, tasks]. */
  openTasks: Array<[string, string, number]>
}

export interface VillageMonthDoc extends StoredDoc, MonthLine {
  villageId: string
}

export interface ReportDoc extends StoredDoc {
  streetId: string
  quarter: string
  phase: QuarterlyReportView['phase']
  villageIds: string[]
  cursor: number
  totals: QuarterlyTotals
  fileId: string | null
  fileName: string | null
  /** When the file is deleted (absent on reports made before files expired: from createdAt). */
  fileExpiresAt?: string | null
  failure: string | null
  createdBy: string
  createdAt: string
  leaseUntil: number
  /** For a quarter already over: the snapshot of that quarter whose frozen figures and rows it is made from. */
  snapshotId?: string | null
  /** Where its submission to the district stands (absent on reports made before the flow: a draft). */
  flowState?: ReportFlowState
  /** When the leader approved it and it went to the district; null until then. */
  submittedAt?: string | null
  /**
   * Set when it went to the district: the days past its deadline (quarterReportDue), 0 on
   * time. Absent on reports submitted before it was kept: worked out from submittedAt.
   */
  lateDays?: number | null
  flow?: ReportFlow
}

/** Who moved a quarterly report on its way to the district, and when (as the view shows it; the submission time is the report's own `submittedAt`). */
export type ReportFlow = Omit<ReportFlowView, 'submittedAt'>

/**
 * A street's figures of one quarter, frozen when the quarter ended (by the tick, or by the
 * first report made after it): its totals here, its house rows in reportRows under this id.
 */
export interface QuarterSnapshotDoc extends StoredDoc {
  streetId: string
  quarter: string
  phase: 'collecting' | 'done'
  villageIds: string[]
  cursor: number
  totals: QuarterlyTotals
  startedAt: string
  takenAt: string | null
  takenBy: 'tick' | 'report'
  leaseUntil: number
}

export interface ReportRowDoc extends StoredDoc {
  reportId: string
  seq: number
  cells: Array<string | number>
}

export interface ExpiringFileDoc extends StoredDoc {
  fileId: string
  kind: 'upload' | 'export'
  expiresAt: string
}

export interface DataKeyMetaDoc extends StoredDoc {
  check: string
  createdAt: string
}

export interface DirtyVillageDoc extends StoredDoc {
  /** When the village was last marked (ms); every mark also raises the revision. */
  markedAt: number
}
