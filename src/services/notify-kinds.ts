// What the 消息提醒 page says about one kind: from the server (template configured,
// consents left, stopped by WeChat) and from WeChat's own settings on this phone.
import type { NotifyKindStatus } from '@domain'
import type { SubscribeSetting } from './wx-subscribe'

export type KindState =
  /** No template configured: inbox only, nothing to subscribe. */
  | 'notConfigured'
  /** WeChat's subscription messages are switched off, or this one is kept refused. */
  | 'blocked'
  /** Long-term subscription in force. */
  | 'longTerm'
  /** One-time consents left. */
  | 'some'
  /** WeChat stopped it (refused or used up): subscribe again. */
  | 'stopped'
  | 'none'

export interface KindView {
  state: KindState
  text: string
  /** A tap on 订阅 can help. */
  canSubscribe: boolean
}

export function kindView(k: NotifyKindStatus, setting: SubscribeSetting | null): KindView {
  if (!k.templateId) return { state: 'notConfigured', text: '暂未开通微信提醒，只在「消息」里看', canSubscribe: false }
  const kept = setting?.items[k.templateId]
  if (setting && (!setting.mainSwitch || kept === 'reject' || kept === 'ban')) {
    return { state: 'blocked', text: setting.mainSwitch ? '您在微信里选了不再接收这条提醒' : '您在微信里关掉了订阅消息', canSubscribe: false }
  }
  if (k.subscribedLongTerm) return { state: 'longTerm', text: '已订阅，每次都会收到', canSubscribe: false }
  if (k.remaining > 0) return { state: 'some', text: `已订阅，还能收到 ${k.remaining} 条${k.longTerm ? '' : '（每点一次订阅多收一条）'}`, canSubscribe: true }
  if (k.stopped) return { state: 'stopped', text: '微信已停止发送，请重新订阅', canSubscribe: true }
  return { state: 'none', text: '还没订阅，微信收不到', canSubscribe: true }
}

/** Kinds that want a tap, most needed first; WeChat takes at most 3 per request. */
export function toAsk(kinds: NotifyKindStatus[], setting: SubscribeSetting | null): NotifyKindStatus[] {
  const rank = (k: NotifyKindStatus) => {
    const s = kindView(k, setting).state
    return (s === 'none' || s === 'stopped' ? 0 : 2) + (k.important ? 0 : 1)
  }
  return kinds.filter((k) => kindView(k, setting).canSubscribe).sort((a, b) => rank(a) - rank(b)).slice(0, 3)
}

/** Important kinds WeChat will not deliver now: what the homes mention quietly. */
export function missingImportant(kinds: NotifyKindStatus[], setting: SubscribeSetting | null): NotifyKindStatus[] {
  return kinds.filter((k) => k.important && ['none', 'stopped', 'blocked'].includes(kindView(k, setting).state))
}
