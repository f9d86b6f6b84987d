// The appraiser hears of his work when it is assigned, written with the assignment step
// (the deadline reminder before the due date is the reminders job's). The message opens
// the appraisal form of that case.
import type { TxStore } from '../../ports/store'
import type { CaseDoc } from '../../store/docs'
import { enqueue } from '../notify/enqueue'
import { pageLink, plainDate, localDate } from '../../../domain'

export async function tellAppraiser(tx: TxStore, c: CaseDoc, a: { appraiserId: string; dueDate: string; villageName: string; address: string }, eventId: string, nowIso: string): Promise<void> {
  const where = `${a.villageName}${a.address ? ` ${a.address}` : ''}`
  await enqueue(
    tx,
    {
      cause: `appraisal-assigned:${eventId}`,
      userId: a.appraiserId,
      kind: 'deadlineReminder',
      title: '新的房屋鉴定任务',
      body: `${where} 的房屋安排给您鉴定，请在 ${plainDate(a.dueDate, localDate(new Date(nowIso)))} 前完成`,
      page: pageLink('streetAppraisal', { caseId: c._id }),
      fields: { thing1: '房屋鉴定任务', time2: `${a.dueDate} 23:59`, thing3: where },
    },
    nowIso,
  )
}
