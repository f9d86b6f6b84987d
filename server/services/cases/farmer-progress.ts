// The farmer hears of his case at each step he cares about (seed 四(一): 让农户知道进展),
// in the same plain words his progress card uses. One message per step; a step he would
// not notice (the appraiser starting work) is skipped, so his one-time consents last.
import { FARMER_STAGE_WORDS, GRADE_LABELS, type CaseStage, type Grade, pageLink } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { TxStore } from '../../ports/store'
import type { CaseDoc, UserDoc } from '../../store/docs'
import { enqueue } from '../notify/enqueue'

/** The status word of each step, at most five Chinese characters (WeChat's phrase). */
export const FARMER_STEP_WORDS: Partial<Record<CaseStage, string>> = {
  villageVerified: '村里已看过',
  toStreet: '已报街道',
  awaitingAppraisal: '已安排鉴定',
  appraised: '鉴定已完成',
  emergency: '应急处置',
  renovationPlanned: '纳入改造',
  renovating: '正在改造',
  accepted: '改造已验收',
  closed: '已办结',
}

/** The farmers bound to the case's household (read before the step's transaction). */
export async function farmersOfCase(deps: Deps, c: CaseDoc): Promise<UserDoc[]> {
  return c.householdId ? farmersOfHousehold(deps, c.householdId) : []
}

export async function tellFarmers(tx: TxStore, farmers: UserDoc[], c: CaseDoc, to: CaseStage, eventId: string, grade: Grade | null, nowIso: string): Promise<void> {
  const step = FARMER_STEP_WORDS[to]
  if (!step || farmers.length === 0) return
  const words = to === 'appraised' && grade ? `鉴定结果：${GRADE_LABELS[grade]}。${grade === 'C' || grade === 'D' ? '房屋有危险，请不要住在里面。' : ''}` : FARMER_STAGE_WORDS[to]
  for (const f of farmers) {
    await enqueue(
      tx,
      {
        cause: `case-step:${eventId}`,
        userId: f._id,
        kind: 'caseUpdate',
        title: `房屋隐患处理：${step}`,
        body: words,
        page: pageLink('myReports'),
        fields: { thing1: '房屋安全隐患处理', phrase2: step, thing3: words },
      },
      nowIso,
    )
  }
}

/** 已收到: his report reached the village (it may have waited on his phone for a signal). */
export async function tellFarmersReceived(tx: TxStore, farmers: UserDoc[], reportId: string, nowIso: string): Promise<void> {
  for (const f of farmers) {
    await enqueue(
      tx,
      {
        cause: `report-received:${reportId}`,
        userId: f._id,
        kind: 'caseUpdate',
        title: '房屋隐患处理：已收到',
        body: '您的上报已收到，村里会尽快来看',
        page: pageLink('myReports'),
        fields: { thing1: '房屋安全隐患处理', phrase2: '已收到', thing3: '村里会尽快来看' },
      },
      nowIso,
    )
  }
}

/** The bound farmers of a household (read before the write's transaction). */
export async function farmersOfHousehold(deps: Deps, householdId: string): Promise<UserDoc[]> {
  const users = await deps.store.collection('users').find({ where: { householdId }, limit: 20 })
  return users.filter((u) => !u.disabled && u.grants.some((g) => g.role === 'farmer'))
}
