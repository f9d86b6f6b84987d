// Every action of the backend, by name. The server must implement exactly these; the
// client's call() is typed from them.
import { authContracts } from './auth'
import { householdContracts, householdDataContracts } from './household'
import { ledgerContracts } from './ledger'
import { taskContracts } from './tasks'
import { bindingContracts } from './binding'
import { patrolContracts } from './patrols'
import { patrolReportContracts } from './patrol-reports'
import { caseContracts } from './cases'
import { alertContracts } from './alerts'
import { alertRuleContracts } from './alert-rules'
import { shelterContracts } from './shelters'
import { dashboardContracts } from './dashboard'
import { reportContracts } from './reports'
import { adminContracts } from './admin'
import { statsContracts } from './stats'
import { importContracts } from './imports'
import { peopleContracts } from './people'
import { notifyContracts } from './notify'
import { houseContracts } from './houses'
import { appraisalContracts } from './appraisals'
import { contactContracts } from './contacts'

export const contracts = {
  ...authContracts,
  ...householdContracts,
  ...householdDataContracts,
  ...ledgerContracts,
  ...taskContracts,
  ...bindingContracts,
  ...patrolContracts,
  ...patrolReportContracts,
  ...caseContracts,
  ...alertContracts,
  ...alertRuleContracts,
  ...shelterContracts,
  ...dashboardContracts,
  ...reportContracts,
  ...adminContracts,
  ...statsContracts,
  ...importContracts,
  ...peopleContracts,
  ...notifyContracts,
  ...houseContracts,
  ...appraisalContracts,
  ...contactContracts,
}

export type Contracts = typeof contracts
export type ActionName = keyof Contracts
export * from './define'
export type { NotifyKindStatus, TemplateStatus } from './notify'
export type { AlertRulesView, UnmatchedAlertType } from './alert-rules'
export type { ShelterView } from './shelters'
export { fileIdOf, fileRefsIn, fileFieldsOf, type FileRef, type FileField } from './file-fields'
export { LIVING_NOW, RENOVATION_METHODS, caseTransitionInput } from './cases'
export { REVOCABLE_ROLES } from './people'
export type { AppraisalQueue } from './appraisals'
export type { MyPhoneView, VillageContact } from './contacts'
export { IMPORT_ROW_KINDS, IMPORT_MAX_BYTES, type ImportRowKind } from './imports'
export { houseFields, houseRegisterInput, houseEditInput } from './houses'
