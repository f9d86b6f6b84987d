// Every handler, checked against the domain's contracts: a missing or extra action is a
// type error.
import type { ActionName } from '../../domain'
import type { HandlerMap } from './handler'
import { authHandlers } from '../actions/auth'
import { householdHandlers } from '../actions/household'
import { statsHandlers } from '../actions/stats'
import { importHandlers } from '../actions/imports'
import { householdDataHandlers } from '../actions/household-data'
import { ledgerHandlers } from '../actions/ledger'
import { taskHandlers } from '../actions/tasks'
import { bindingHandlers } from '../actions/binding'
import { patrolHandlers } from '../actions/patrols'
import { patrolReportHandlers } from '../actions/patrol-reports'
import { caseHandlers } from '../actions/cases'
import { alertHandlers } from '../actions/alerts'
import { alertRuleHandlers } from '../actions/alert-rules'
import { shelterHandlers } from '../actions/shelters'
import { dashboardHandlers } from '../actions/dashboard'
import { reportHandlers } from '../actions/reports'
import { adminHandlers } from '../actions/admin'
import { peopleHandlers } from '../actions/people'
import { notifyHandlers } from '../actions/notify'
import { houseHandlers } from '../actions/houses'
import { appraisalHandlers } from '../actions/appraisals'
import { contactHandlers } from '../actions/contacts'

export type Registry = HandlerMap<ActionName>

export const registry: Registry = {
  ...authHandlers,
  ...householdHandlers,
  ...statsHandlers,
  ...importHandlers,
  ...householdDataHandlers,
  ...ledgerHandlers,
  ...taskHandlers,
  ...bindingHandlers,
  ...patrolHandlers,
  ...patrolReportHandlers,
  ...caseHandlers,
  ...alertHandlers,
  ...alertRuleHandlers,
  ...shelterHandlers,
  ...dashboardHandlers,
  ...reportHandlers,
  ...adminHandlers,
  ...peopleHandlers,
  ...notifyHandlers,
  ...houseHandlers,
  ...appraisalHandlers,
  ...contactHandlers,
}
