// Every action of the backend, by name. The server must implement exactly these; the
// client's call() is typed from them. One module per action namespace: \`x.*\` is declared in
// ./x.ts (kebab-case), and handled in server/actions/x.ts.
import { adminContracts } from './admin'
import { alertContracts } from './alert'
import { alertRuleContracts } from './alert-rule'
import { appraisalContracts } from './appraisal'
import { auditContracts } from './audit'
import { appraisalReviewContracts } from './appraisal-review'
import { authContracts } from './auth'
import { bindContracts } from './bind'
import { campaignContracts } from './campaign'
import { caseContracts } from './case'
import { countersContracts } from './counters'
import { dashboardContracts } from './dashboard'
import { districtContracts } from './district'
import { disasterContracts } from './disaster'
import { houseContracts } from './house'
import { householdContracts } from './household'
import { housingContracts } from './housing'
import { importContracts } from './import'
import { inboxContracts } from './inbox'
import { inviteContracts } from './invite'
import { ledgerContracts } from './ledger'
import { mapContracts } from './map'
import { meContracts } from './me'
import { notifyContracts } from './notify'
import { overdueContracts } from './overdue'
import { patrolContracts } from './patrol'
import { peopleContracts } from './people'
import { platesContracts } from './plates'
import { renovationPlanContracts } from './renovation-plan'
import { reportContracts } from './report'
import { sampleContracts } from './sample'
import { selfcheckContracts } from './selfcheck'
import { shelterContracts } from './shelter'
import { statsContracts } from './stats'
import { supervisionContracts } from './supervision'
import { systemContracts } from './system'
import { taskContracts } from './task'
import { villageContracts } from './village'
import { villagesContracts } from './villages'

export const contracts = {
  ...adminContracts,
  ...alertContracts,
  ...alertRuleContracts,
  ...appraisalContracts,
  ...auditContracts,
  ...appraisalReviewContracts,
  ...authContracts,
  ...bindContracts,
  ...campaignContracts,
  ...caseContracts,
  ...countersContracts,
  ...dashboardContracts,
  ...disasterContracts,
  ...districtContracts,
  ...houseContracts,
  ...householdContracts,
  ...housingContracts,
  ...importContracts,
  ...inboxContracts,
  ...inviteContracts,
  ...ledgerContracts,
  ...mapContracts,
  ...meContracts,
  ...notifyContracts,
  ...overdueContracts,
  ...patrolContracts,
  ...peopleContracts,
  ...platesContracts,
  ...renovationPlanContracts,
  ...reportContracts,
  ...sampleContracts,
  ...selfcheckContracts,
  ...shelterContracts,
  ...statsContracts,
  ...supervisionContracts,
  ...systemContracts,
  ...taskContracts,
  ...villageContracts,
  ...villagesContracts,
}

export type Contracts = typeof contracts
export type ActionName = keyof Contracts
export * from './define'
export type { NotifyKindStatus } from './notify'
export type { TemplateStatus } from './system'
export type { AlertRulesView, UnmatchedAlertType } from './alert-rule'
export type { ShelterView } from './shelter'
export { fileIdOf, fileRefsIn, fileFieldsOf, type FileRef, type FileField } from './file-fields'
export { LIVING_NOW, RENOVATION_METHODS, caseTransitionInput } from './case'
export { REVOCABLE_ROLES } from './people'
export type { AppraisalQueue } from './appraisal'
export type { MyPhoneView } from './me'
export type { VillageContact } from './village'
export { IMPORT_ROW_KINDS, IMPORT_MAX_BYTES, type ImportRowKind } from './import'
export { houseFields, houseRegisterInput, houseEditInput } from './house'
export type { CaseDetail, CriticalHouse, VillageCaseFigures } from './case'
export type { CounterDrift } from './counters'
export type { Dashboard } from './dashboard'
export type { DisasterEventView, DisasterListItem } from './disaster'
export type { HouseDetail, HouseHistoryEntry } from './house'
export type { HouseholdDetail, HouseholdEventView } from './household'
export type { ImportJobView, ImportLeavingView, ImportRowView } from './import'
export type { InboxItem } from './inbox'
export type { InvitationView } from './invite'
export type { MapHouse, MapVillage } from './map'
export type { CoverageRow, PatrolPlanItem } from './patrol'
export type { PersonView } from './people'
export type { QuarterlyReportView, ReportFlowState, ReportFlowView } from './report'
export { REPORT_FLOW_STATES, REPORT_FLOW_LABELS } from './report'
export type { DistrictFigures, DistrictStreetRow, DistrictSummary, DistrictStreetView } from './district'
export type { SamplePreview, SampleView } from './sample'
export type { SelfCheckView } from './selfcheck'
export type { MonthlyStatsView, VillageCounts } from './stats'
export type { TaskView } from './task'
export type { AuditEntryView } from './audit'
export { OVERDUE_KINDS, OVERDUE_KIND_LABELS, type OverdueItem, type OverdueKind, type OverdueCounts, type OverdueTally, type OverdueView } from './overdue'
export type { SupervisionVisitView } from './supervision'
export type { PlanEntryView, RenovationPlanView } from './renovation-plan'
export type { HousingOccupantView, HousingOptionView } from './housing'
export type { AppraisalReviewView } from './appraisal-review'
