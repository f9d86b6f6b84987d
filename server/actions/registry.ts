// Every handler, checked against the domain's contracts: a missing or extra action is a
// type error.
import type { ActionName } from '../../domain'
import type { HandlerMap } from '../core/handler'
import { authHandlers } from './auth'
import { householdHandlers } from './household'
import { statsHandlers } from './stats'
import { importHandlers } from './imports'
import { householdDataHandlers } from './household-data'
import { ledgerHandlers } from './ledger'
import { taskHandlers } from './tasks'
import { bindingHandlers } from './binding'
import { patrolHandlers } from './patrols'
import { patrolReportHandlers } from './patrol-reports'
import { caseHandlers } from './cases'
import { alertHandlers } from './alerts'
import { alertRuleHandlers } from './alert-rules'
import { shelterHandlers } from './shelters'
import { dashboardHandlers } from './dashboard'
import { reportHandlers } from './reports'
import { adminHandlers } from './admin'
import { peopleHandlers } from './people'
import { notifyHandlers } from './notify'
import { houseHandlers } from './houses'
import { appraisalHandlers } from './appraisals'
import { contactHandlers } from './contacts'

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
