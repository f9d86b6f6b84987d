// When a case that has just entered a stage falls due: the stage's configured number of
// days after today (Asia/Shanghai), or null for a stage without a deadline. Used by every
// path that opens or moves a case (transitions, patrols, disaster reports, self-checks).
import dayjs from 'dayjs'
import { STAGE_DEADLINE, localDate, type CaseStage } from '../../../domain'
import type { Deps } from '../../core/deps'

export function dueAfter(deps: Deps, stage: CaseStage, now: Date): string | null {
  const key = STAGE_DEADLINE[stage]
  return key ? dayjs(localDate(now)).add(deps.config.caseDeadlines[key], 'day').format('YYYY-MM-DD') : null
}
