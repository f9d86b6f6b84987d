// Local delivery channel: there is no WeChat here, so a delivery is a log line. The
// in-app inbox entry is written by the caller together with the change that caused it.
import type { Message, Notifier } from '../../ports/notifier'
import type { Logger } from '../../core/deps'

export class LogNotifier implements Notifier {
  constructor(private readonly log: Logger) {}

  async deliver(message: Message): Promise<{ delivered: boolean; channel: string }> {
    this.log.info('notify', { userId: message.userId, kind: message.kind, title: message.title, page: message.page })
    return { delivered: true, channel: 'log' }
  }
}
