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
}

export interface Notifier {
  deliver(message: Message): Promise<{ delivered: boolean; channel: string; error?: string }>
}
