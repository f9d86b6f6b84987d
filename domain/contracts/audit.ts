// The audit log's reader (audit.*): street staff see who did what in their street, by
// person, action and date, a page at a time.
import { z } from 'zod'
import { dateString, id, pageInput } from '../validation'
import { contract } from './define'
import type { Page } from '../model'

/** The recorded actions people look for, in plain words; others show under their code. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'household.reveal': '查看完整号码',
  'house.register': '登记房屋',
  'house.edit': '修改房屋信息',
  'house.retire': '房屋不再监测',
  'import.start': '上传名单',
  'import.apply': '导入名单',
  'import.cancel': '取消导入',
  'ledger.export': '导出监测台账',
  'ledger.patrolMonth': '导出巡查台账',
  'plates.sheet': '生成门牌',
  'stats.monthlySubmit': '提交月度统计',
  'sample.draw': '随机抽查',
  'alert.issue': '发布预警',
  'alertRule.save': '修改预警规则',
  'disaster.declare': '登记灾情',
  'disaster.villageDone': '灾损上报完毕',
  'report.quarterlyStart': '生成季度报表',
  'invite.create': '邀请人员',
  'invite.revoke': '作废邀请码',
  'invite.accept': '接受邀请',
  'bind.farmer': '农户绑定',
  'shelter.remove': '删除安置点',
  'me.setPhone': '修改本人电话',
  'case.requestRenovation': '申请危房改造',
  'household.archive': '导出一户一档',
}

export interface AuditEntryView {
  id: string
  at: string
  actorId: string
  actorName: string
  action: string
  actionLabel: string
  subjectId: string
  /** The recorded details in one line (never personal data: the log holds none). */
  detail: string
}

export const auditContracts = {
  'audit.list': contract<Page<AuditEntryView> & { people: Array<{ id: string; name: string }> }>()({
    input: z.strictObject({
      actorId: id().optional(),
      action: z.string().regex(/^[A-Za-z.]{1,40}$/).optional(),
      from: dateString().optional(),
      to: dateString().optional(),
      ...pageInput,
    }),
    roles: ['staff'],
    writes: false,
    example: { page: 1, pageSize: 20 },
  }),
}
