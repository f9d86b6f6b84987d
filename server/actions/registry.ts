// Every handler, checked against the domain's contracts: a missing or extra action is a
// type error. One module per action namespace: \`x.*\` is handled in ./x.ts (kebab-case).
import type { ActionName } from '../../domain'
import type { HandlerMap } from '../core/handler'
import { adminHandlers } from './admin'
import { alertHandlers } from './alert'
import { alertRuleHandlers } from './alert-rule'
import { appraisalHandlers } from './appraisal'
import { auditHandlers } from './audit'
import { appraisalReviewHandlers } from './appraisal-review'
import { authHandlers } from './auth'
import { bindHandlers } from './bind'
import { campaignHandlers } from './campaign'
import { caseHandlers } from './case'
import { countersHandlers } from './counters'
import { dashboardHandlers } from './dashboard'
import { disasterHandlers } from './disaster'
import { districtHandlers } from './district'
import { houseHandlers } from './house'
import { householdHandlers } from './household'
import { housingHandlers } from './housing'
import { importHandlers } from './import'
import { inboxHandlers } from './inbox'
import { inviteHandlers } from './invite'
import { ledgerHandlers } from './ledger'
import { mapHandlers } from './map'
import { meHandlers } from './me'
import { notifyHandlers } from './notify'
import { overdueHandlers } from './overdue'
import { patrolHandlers } from './patrol'
import { peopleHandlers } from './people'
import { platesHandlers } from './plates'
import { renovationPlanHandlers } from './renovation-plan'
import { reportHandlers } from './report'
import { sampleHandlers } from './sample'
import { selfcheckHandlers } from './selfcheck'
import { shelterHandlers } from './shelter'
import { statsHandlers } from './stats'
import { supervisionHandlers } from './supervision'
import { systemHandlers } from './system'
import { taskHandlers } from './task'
import { villageHandlers } from './village'
import { villagesHandlers } from './villages'

export type Registry = HandlerMap<ActionName>

export const registry: Registry = {
  ...adminHandlers,
  ...alertHandlers,
  ...alertRuleHandlers,
  ...appraisalHandlers,
  ...auditHandlers,
  ...appraisalReviewHandlers,
  ...authHandlers,
  ...bindHandlers,
  ...campaignHandlers,
  ...caseHandlers,
  ...countersHandlers,
  ...dashboardHandlers,
  ...disasterHandlers,
  ...districtHandlers,
  ...houseHandlers,
  ...householdHandlers,
  ...housingHandlers,
  ...importHandlers,
  ...inboxHandlers,
  ...inviteHandlers,
  ...ledgerHandlers,
  ...mapHandlers,
  ...meHandlers,
  ...notifyHandlers,
  ...overdueHandlers,
  ...patrolHandlers,
  ...peopleHandlers,
  ...platesHandlers,
  ...renovationPlanHandlers,
  ...reportHandlers,
  ...sampleHandlers,
  ...selfcheckHandlers,
  ...shelterHandlers,
  ...statsHandlers,
  ...supervisionHandlers,
  ...systemHandlers,
  ...taskHandlers,
  ...villageHandlers,
  ...villagesHandlers,
}
