// Every collection and the indexes its queries need. The SQLite adapter creates these as
// expression indexes; the CloudBase deployment declares the same ones. A query on a field
// that is not indexed here is a defect.

export interface IndexSpec {
  name: string
  fields: Array<[field: string, dir: 'asc' | 'desc']>
  unique?: boolean
}

export const MANIFEST = {
  orgs: [
    { name: 'by_parent', fields: [['parentId', 'asc'], ['name', 'asc']] },
    { name: 'by_level', fields: [['level', 'asc']] },
  ],
  users: [
    { name: 'by_openid', fields: [['openid', 'asc']] },
    { name: 'by_grant_key', fields: [['grantKeys', 'asc']] },
    { name: 'by_household', fields: [['householdId', 'asc']] },
  ],
  attempts: [],
  invitations: [
    { name: 'by_code_hash', fields: [['codeHash', 'asc']] },
    { name: 'by_creator', fields: [['createdBy', 'asc'], ['createdAt', 'desc']] },
  ],
  households: [
    { name: 'by_village_status', fields: [['villageId', 'asc'], ['status', 'asc'], ['group', 'asc']] },
    { name: 'by_street_status', fields: [['streetId', 'asc'], ['status', 'asc'], ['villageId', 'asc']] },
    { name: 'by_id_hash', fields: [['idHash', 'asc']] },
    { name: 'by_village_worst_grade', fields: [['villageId', 'asc'], ['worstGrade', 'asc']] },
    { name: 'by_village_name', fields: [['villageId', 'asc'], ['headName', 'asc']] },
    { name: 'by_street_file_no', fields: [['streetId', 'asc'], ['fileNo', 'asc']] },
  ],
  houses: [
    { name: 'by_household', fields: [['householdId', 'asc']] },
    { name: 'by_village_grade', fields: [['villageId', 'asc'], ['grade', 'asc'], ['occupancy', 'asc']] },
    { name: 'by_village_id', fields: [['villageId', 'asc'], ['_id', 'asc']] },
    { name: 'by_village_occupancy', fields: [['villageId', 'asc'], ['occupancy', 'asc']] },
    // The street map places a village without its own position at its located houses.
    { name: 'by_village_located', fields: [['villageId', 'asc'], ['retiredAt', 'asc'], ['lat', 'asc']] },
  ],
  houseEvents: [{ name: 'by_house_time', fields: [['houseId', 'asc'], ['at', 'desc']] }],
  householdEvents: [{ name: 'by_household', fields: [['householdId', 'asc'], ['at', 'desc']] }],
  imports: [{ name: 'by_street', fields: [['streetId', 'asc'], ['createdAt', 'desc']] }],
  importRows: [
    { name: 'by_import_seq', fields: [['importId', 'asc'], ['seq', 'asc']] },
    { name: 'by_import_kind', fields: [['importId', 'asc'], ['kind', 'asc'], ['seq', 'asc']] },
    { name: 'by_import_id_hash', fields: [['importId', 'asc'], ['idHash', 'asc']] },
    { name: 'by_import_household', fields: [['importId', 'asc'], ['householdId', 'asc']] },
    { name: 'by_import_village', fields: [['importId', 'asc'], ['villageId', 'asc'], ['seq', 'asc']] },
  ],
  tasks: [
    { name: 'by_village_status', fields: [['villageId', 'asc'], ['status', 'asc'], ['dueDate', 'asc']] },
    // An inspector's list leaves out the street's drawn houses (kind) in the same order.
    { name: 'by_village_status_due_kind', fields: [['villageId', 'asc'], ['status', 'asc'], ['dueDate', 'asc'], ['kind', 'asc']] },
    { name: 'by_household_kind', fields: [['householdId', 'asc'], ['kind', 'asc']] },
    { name: 'by_campaign_status', fields: [['campaignId', 'asc'], ['status', 'asc']] },
    { name: 'by_campaign_village_status', fields: [['campaignId', 'asc'], ['villageId', 'asc'], ['status', 'asc']] },
    { name: 'by_status_due', fields: [['status', 'asc'], ['dueDate', 'asc']] },
  ],
  patrols: [
    { name: 'by_village_month', fields: [['villageId', 'asc'], ['month', 'asc'], ['houseId', 'asc']] },
    { name: 'by_house_time', fields: [['houseId', 'asc'], ['patrolledAt', 'desc']] },
  ],
  photoUses: [],
  uploadQuotas: [],
  monthlyStats: [{ name: 'by_village_month', fields: [['villageId', 'asc'], ['month', 'asc'], ['version', 'desc']] }],
  samples: [{ name: 'by_street_month', fields: [['streetId', 'asc'], ['month', 'desc']] }],
  selfChecks: [{ name: 'by_household', fields: [['householdId', 'asc'], ['checkedAt', 'desc']] }],
  cases: [
    { name: 'by_house_stage', fields: [['houseId', 'asc'], ['stage', 'asc']] },
    { name: 'by_village_stage', fields: [['villageId', 'asc'], ['stage', 'asc'], ['openedAt', 'desc']] },
    { name: 'by_village_stage_source', fields: [['villageId', 'asc'], ['stage', 'asc'], ['source', 'asc'], ['openedAt', 'desc']] },
    { name: 'by_village_opened', fields: [['villageId', 'asc'], ['openedAt', 'asc']] },
    { name: 'by_household_opened', fields: [['householdId', 'asc'], ['openedAt', 'desc']] },
    { name: 'by_appraiser_stage', fields: [['assignedAppraiserId', 'asc'], ['stage', 'asc']] },
    { name: 'by_village_due', fields: [['villageId', 'asc'], ['dueDate', 'asc']] },
    { name: 'by_village_stage_due', fields: [['villageId', 'asc'], ['stage', 'asc'], ['dueDate', 'asc'], ['openedAt', 'desc']] },
    { name: 'by_village_appraised', fields: [['villageId', 'asc'], ['appraisedGrade', 'asc']] },
    { name: 'by_village_route', fields: [['villageId', 'asc'], ['closeRoute', 'asc']] },
    { name: 'by_village_route_opened', fields: [['villageId', 'asc'], ['closeRoute', 'asc'], ['openedAt', 'desc']] },
    { name: 'by_due', fields: [['dueDate', 'asc']] },
  ],
  caseEvents: [{ name: 'by_case_time', fields: [['caseId', 'asc'], ['at', 'asc']] }],
  audit: [
    { name: 'by_subject', fields: [['subjectId', 'asc'], ['at', 'desc']] },
    { name: 'by_actor', fields: [['actorId', 'asc'], ['at', 'desc']] },
    { name: 'by_actor_action', fields: [['actorId', 'asc'], ['action', 'asc'], ['at', 'desc']] },
  ],
  inbox: [
    { name: 'by_user', fields: [['userId', 'asc'], ['createdAt', 'desc']] },
    { name: 'by_user_unread', fields: [['userId', 'asc'], ['readAt', 'asc']] },
  ],
  outbox: [
    { name: 'by_status_due', fields: [['status', 'asc'], ['nextAttemptAt', 'asc']] },
    { name: 'by_status_lease', fields: [['status', 'asc'], ['leaseUntil', 'asc']] },
  ],
  consents: [],
  /** Template ids WeChat refused; read by id (the template id) only. */
  templateDefects: [],
  alerts: [
    { name: 'by_street_ends', fields: [['streetId', 'asc'], ['endsAt', 'desc']] },
    { name: 'by_external', fields: [['externalId', 'asc']] },
    { name: 'by_street_rule', fields: [['streetId', 'asc'], ['ruleMatched', 'asc'], ['createdAt', 'desc']] },
  ],
  alertRules: [],
  shelters: [{ name: 'by_village', fields: [['villageId', 'asc'], ['name', 'asc']] }],
  supervisionVisits: [{ name: 'by_case_time', fields: [['caseId', 'asc'], ['visitedAt', 'desc']] }],
  renovationPlans: [
    { name: 'by_street_year', fields: [['streetId', 'asc'], ['year', 'asc'], ['villageId', 'asc']] },
    { name: 'by_household_year', fields: [['householdId', 'asc'], ['year', 'asc']] },
  ],
  housingOptions: [{ name: 'by_street', fields: [['streetId', 'asc'], ['name', 'asc']] }],
  appraisalReviews: [
    { name: 'by_street_drawn', fields: [['streetId', 'asc'], ['drawnAt', 'desc']] },
    { name: 'by_reviewer_drawn', fields: [['reviewerId', 'asc'], ['drawnAt', 'desc']] },
    { name: 'by_case', fields: [['caseId', 'asc']] },
    { name: 'by_draw', fields: [['drawId', 'asc']] },
  ],
  campaigns: [{ name: 'by_status', fields: [['status', 'asc'], ['createdAt', 'asc']] }],
  disasterEvents: [
    { name: 'by_street_due', fields: [['streetId', 'asc'], ['dueDate', 'asc']] },
    { name: 'by_street_occurred', fields: [['streetId', 'asc'], ['occurredAt', 'desc']] },
  ],
  disasterReports: [
    { name: 'by_event_village', fields: [['eventId', 'asc'], ['villageId', 'asc']] },
    { name: 'by_village_time', fields: [['villageId', 'asc'], ['reportedAt', 'asc']] },
  ],
  reports: [
    { name: 'by_street_created', fields: [['streetId', 'asc'], ['createdAt', 'desc']] },
    { name: 'by_street_quarter', fields: [['streetId', 'asc'], ['quarter', 'asc'], ['createdAt', 'desc']] },
    { name: 'by_street_flow', fields: [['streetId', 'asc'], ['flowState', 'asc'], ['submittedAt', 'desc']] },
  ],
  reportRows: [{ name: 'by_report_seq', fields: [['reportId', 'asc'], ['seq', 'asc']] }],
  /** Read by id only (`qs:<street>:<quarter>`). */
  quarterSnapshots: [],
  jobRuns: [],
  villageCounters: [{ name: 'by_street', fields: [['streetId', 'asc']] }],
  villageMonths: [{ name: 'by_village_month', fields: [['villageId', 'asc'], ['month', 'desc']] }],
  dirtyVillages: [{ name: 'by_marked', fields: [['markedAt', 'asc']] }],
  /** Settings of the installation itself, e.g. the data key's check value; read by id only. */
  meta: [],
  expiringFiles: [{ name: 'by_expiry', fields: [['expiresAt', 'asc']] }],
} satisfies Record<string, IndexSpec[]>

export type CollectionName = keyof typeof MANIFEST
export const COLLECTIONS = Object.keys(MANIFEST) as CollectionName[]
