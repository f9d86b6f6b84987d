// Checked by `tsc` (not a jest suite): a notice of a kind fills exactly the keywords of
// that kind's template (domain/notifications.ts). Each @ts-expect-error fails the type
// check if the line it covers ever compiles.
import type { TxStore } from '../../server/ports/store'
import { enqueue, noticeOf } from '../../server/services/notify/enqueue'

export async function typedNotices(tx: TxStore): Promise<void> {
  const at = '2026-11-28T02:00:00.000Z'
  const base = { cause: 'c', userId: 'u', title: 't', body: 'b', page: 'pages/inbox/index' }
  await enqueue(tx, { ...base, kind: 'caseUpdate', fields: { thing1: '房屋安全隐患处理', phrase2: '已收到', thing3: '村里会尽快来看' } }, at)
  await enqueue(tx, noticeOf('escalation', { ...base, fields: { thing1: '逾期', thing2: '玉龙村', time3: '2026-11-30 23:59' } }), at)

  // @ts-expect-error: caseUpdate's second keyword is phrase2, not thing2
  await enqueue(tx, { ...base, kind: 'caseUpdate', fields: { thing1: '房屋安全隐患处理', thing2: '已收到', thing3: '-' } }, at)
  // @ts-expect-error: a keyword of the template left out
  await enqueue(tx, { ...base, kind: 'farmerReport', fields: { thing1: '张**', thing2: '墙裂了' } }, at)
  // @ts-expect-error: escalation has no time2
  noticeOf('escalation', { ...base, fields: { thing1: '逾期', thing2: '玉龙村', time2: '2026-11-30 23:59' } })
}
