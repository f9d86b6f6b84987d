// Which kinds of message each role can get, and what each kind means in plain words.
// The table follows where each kind is enqueued on the server (server/jobs/reminders.ts,
// alerts, disaster reports, cases): a role is offered a consent only for what it can
// actually receive, so no consent is asked for in vain.
import type { Role } from './enums'
import type { MessageKind } from './notifications'

export const ROLE_MESSAGE_KINDS: Record<Role, readonly MessageKind[]> = {
  // Case progress of his own report; storm warnings for his village.
  farmer: ['caseUpdate', 'weatherWarning'],
  // Emergency patrols of his village; reminders of his patrols, statistics and cases;
  // a farmer of his village binding himself.
  inspector: ['farmerReport', 'emergencyPatrol', 'deadlineReminder', 'accountBound'],
  // Overdue work of the villages, 重大紧急 disaster reports, his own deadlines.
  staff: ['escalation', 'disasterMajor', 'deadlineReminder'],
  // Overdue work, 重大紧急 disaster reports, and quarterly reports waiting for his approval.
  leader: ['escalation', 'disasterMajor', 'deadlineReminder'],
  // Appraisal deadlines.
  appraiser: ['deadlineReminder'],
  // Quarterly reports submitted by the streets, waiting to be received.
  district: ['deadlineReminder'],
}

/** Per role, the kinds whose loss is felt at once: a home says quietly when one is not subscribed. */
export const ROLE_IMPORTANT_KINDS: Record<Role, readonly MessageKind[]> = {
  farmer: ['weatherWarning', 'caseUpdate'],
  inspector: ['farmerReport', 'emergencyPatrol'],
  staff: ['escalation', 'disasterMajor'],
  leader: ['escalation', 'disasterMajor'],
  appraiser: ['deadlineReminder'],
  district: ['deadlineReminder'],
}

/** Each kind in plain words: what it is and when it comes. */
export const MESSAGE_KIND_TEXT: Record<MessageKind, { name: string; when: string }> = {
  emergencyPatrol: { name: '应急巡查通知', when: '发布极端天气预警、需要马上去巡查房屋时' },
  deadlineReminder: { name: '到期提醒', when: '您要办的事快到期限时' },
  escalation: { name: '逾期督办', when: '村里或街道的事项过了期限还没办完时' },
  caseUpdate: { name: '办理进度', when: '您上报的房屋隐患有新进展时' },
  disasterMajor: { name: '重大灾情', when: '村里上报重大紧急灾情时' },
  weatherWarning: { name: '天气安全提醒', when: '本村有暴雨、地质灾害等预警时，告诉您怎么避险、去哪里' },
  accountBound: { name: '绑定通知', when: '本村有农户自己绑定了微信账号时' },
  farmerReport: { name: '农户上报', when: '本村农户报告房子有问题时，马上告诉您' },
}

/** The kinds a person with these roles can get, in a stable order, without repeats. */
export function kindsForRoles(roles: readonly Role[]): MessageKind[] {
  const out: MessageKind[] = []
  for (const r of roles) for (const k of ROLE_MESSAGE_KINDS[r]) if (!out.includes(k)) out.push(k)
  return out
}

/** Whether an inbox message was also pushed by WeChat, and if not, why. */
export type PushState = 'sent' | 'pending' | 'noConsent' | 'refused' | 'notConfigured' | 'notBound' | 'failed'

/** Said under an inbox message that WeChat did not push; nothing for sent or pending ones. */
export const PUSH_STATE_TEXT: Record<PushState, string> = {
  sent: '',
  pending: '',
  noConsent: '没有发到微信：您还没有订阅这类消息提醒',
  refused: '没有发到微信：微信拒收了这类消息，已告知街道处理',
  notConfigured: '没有发到微信：这类消息还没有开通微信提醒',
  notBound: '没有发到微信：账号还没有绑定微信',
  failed: '没有发到微信：多次发送没有成功',
}

/** The plain words for a template id WeChat refused. */
export const TEMPLATE_DEFECT_TEXT: Record<number, string> = {
  40037: '微信说这个模板 id 无效：请在小程序后台核对模板，改正 ANJU_TEMPLATE_IDS',
  47003: '微信说消息内容的格式不符合模板关键词：请核对模板的关键词是否与部署说明一致',
}
