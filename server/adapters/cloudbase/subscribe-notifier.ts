// Notifier over WeChat subscription messages (cloud.openapi.subscribeMessage.send). The
// in-app inbox entry is written by the caller; this channel only adds the WeChat push,
// for kinds that have a template configured and users who consented.
import type { Message, Notifier } from '../../ports/notifier'
import type { Logger } from '../../core/deps'

export type TemplateData = Record<string, { value: string }>

export interface SubscribeTemplate {
  templateId: string
  /** The template's keyword values for a message (each within its keyword's limits). */
  toData(message: Message): TemplateData
}

/** Message kind → template. Kinds without one are delivered in the inbox only. */
export type SubscribeTemplates = Record<string, SubscribeTemplate>

export interface SubscribeSendApi {
  send(params: {
    touser: string
    templateId: string
    page?: string
    data: TemplateData
    miniprogramState?: 'developer' | 'trial' | 'formal'
  }): Promise<unknown>
}

export type DeliveryResult = { delivered: boolean; channel: string; error?: string }

const CHANNEL = 'subscribe'
/** The user refused, or the one-time consent was used up. */
const ERR_NO_CONSENT = 43101

export class SubscribeNotifier implements Notifier {
  constructor(
    private readonly api: SubscribeSendApi,
    private readonly templates: SubscribeTemplates,
    /** The WeChat OPENID of a user, null when the account is not bound. */
    private readonly openidOf: (userId: string) => Promise<string | null>,
    private readonly log: Logger,
    private readonly miniprogramState: 'developer' | 'trial' | 'formal' = 'formal',
  ) {}

  async deliver(message: Message): Promise<DeliveryResult> {
    const template = Object.prototype.hasOwnProperty.call(this.templates, message.kind) ? this.templates[message.kind] : undefined
    if (!template) return { delivered: false, channel: CHANNEL, error: 'NO_TEMPLATE' }
    const touser = message.openid !== undefined ? message.openid : await this.openidOf(message.userId)
    if (!touser) return { delivered: false, channel: CHANNEL, error: 'NO_OPENID' }
    try {
      await this.api.send({
        touser,
        templateId: template.templateId,
        page: message.page,
        data: template.toData(message),
        miniprogramState: this.miniprogramState,
      })
      return { delivered: true, channel: CHANNEL }
    } catch (err) {
      const code = (err as { errCode?: unknown } | null)?.errCode
      if (code === ERR_NO_CONSENT) return { delivered: false, channel: CHANNEL, error: 'NO_CONSENT' }
      // A WeChat refusal (bad template, keyword or page) will not pass on retry: report it.
      // Anything else (network, SDK) is thrown so the outbox dispatcher retries later.
      if (typeof code === 'number' && code > 0) {
        this.log.error('subscribe message refused', { messageId: message.id, kind: message.kind, errCode: code })
        return { delivered: false, channel: CHANNEL, error: `WX_${code}` }
      }
      throw err
    }
  }
}
