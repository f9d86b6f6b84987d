// Delivers a message to a person. Every message also lands in the in-app inbox; the
// production notifier additionally sends a WeChat subscription message where consented.
export interface Message {
  id: string
  userId: string
  kind: string
  title: string
  body: string
  /** The mini-program page to open, with its query. */
  page?: string
  /** Values for the WeChat template's keywords (fitted to their limits on sending). */
  fields?: Record<string, string>
  /**
   * The recipient's WeChat openid when the sender has read it already (null: the user has
   * none); absent, the notifier reads it. The outbox reads its batch's users in one request.
   */
  openid?: string | null
}

export interface Notifier {
  deliver(message: Message): Promise<{ delivered: boolean; channel: string; error?: string }>
}
