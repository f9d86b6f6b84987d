// Which document each collection holds. The Store's `collection(name)` takes its type
// from here, so a caller cannot pick the wrong one, and a filter, a sort or a field list
// may only name fields the document has. A collection in the manifest without an entry
// here (or the other way round) is a type error.
import type { CollectionName } from './manifest'
import type {
  QuarterSnapshotDoc,
  AlertDoc,
  AppraisalReviewDoc,
  AlertRulesDoc,
  AttemptDoc,
  AuditDoc,
  CampaignDoc,
  CaseDoc,
  CaseEventDoc,
  ConsentDoc,
  DataKeyMetaDoc,
  DirtyVillageDoc,
  DisasterEventDoc,
  DisasterReportDoc,
  ExpiringFileDoc,
  HouseDoc,
  HouseEventDoc,
  HouseholdDoc,
  HouseholdEventDoc,
  HousingOptionDoc,
  ImportDoc,
  ImportRowDoc,
  InboxDoc,
  InvitationDoc,
  JobRunDoc,
  MonthlyStatsDoc,
  OrgDoc,
  OutboxDoc,
  PatrolDoc,
  PhotoUseDoc,
  RenovationPlanDoc,
  ReportDoc,
  ReportRowDoc,
  SampleDoc,
  SelfCheckDoc,
  ShelterDoc,
  SupervisionVisitDoc,
  TaskDoc,
  TemplateDefectDoc,
  UploadQuotaDoc,
  UserDoc,
  VillageCounterDoc,
  VillageMonthDoc,
} from './docs'

export interface CollectionDocs {
  orgs: OrgDoc
  users: UserDoc
  attempts: AttemptDoc
  invitations: InvitationDoc
  households: HouseholdDoc
  houses: HouseDoc
  houseEvents: HouseEventDoc
  householdEvents: HouseholdEventDoc
  imports: ImportDoc
  importRows: ImportRowDoc
  tasks: TaskDoc
  patrols: PatrolDoc
  photoUses: PhotoUseDoc
  uploadQuotas: UploadQuotaDoc
  monthlyStats: MonthlyStatsDoc
  samples: SampleDoc
  selfChecks: SelfCheckDoc
  cases: CaseDoc
  caseEvents: CaseEventDoc
  audit: AuditDoc
  inbox: InboxDoc
  outbox: OutboxDoc
  consents: ConsentDoc
  templateDefects: TemplateDefectDoc
  alerts: AlertDoc
  alertRules: AlertRulesDoc
  shelters: ShelterDoc
  supervisionVisits: SupervisionVisitDoc
  renovationPlans: RenovationPlanDoc
  housingOptions: HousingOptionDoc
  appraisalReviews: AppraisalReviewDoc
  campaigns: CampaignDoc
  disasterEvents: DisasterEventDoc
  disasterReports: DisasterReportDoc
  reports: ReportDoc
  reportRows: ReportRowDoc
  quarterSnapshots: QuarterSnapshotDoc
  jobRuns: JobRunDoc
  villageCounters: VillageCounterDoc
  villageMonths: VillageMonthDoc
  dirtyVillages: DirtyVillageDoc
  meta: DataKeyMetaDoc
  expiringFiles: ExpiringFileDoc
}

/** The document stored in collection N. */
export type DocOf<N extends CollectionName> = CollectionDocs[N]

// Both ways: every manifest collection has a document type, and every mapped name is in the manifest.
type Missing = Exclude<CollectionName, keyof CollectionDocs>
type Extra = Exclude<keyof CollectionDocs, CollectionName>
export const COLLECTION_MAP_COMPLETE: [Missing, Extra] extends [never, never] ? true : { missing: Missing; extra: Extra } = true
