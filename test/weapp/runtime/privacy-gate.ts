// WeChat's privacy check (__usePrivacyCheck__): a privacy-gated API (camera and album,
// location, chat files) called before the user agreed waits, and WeChat hands the app's
// onNeedPrivacyAuthorization listener a `resolve`. The app shows its notice; resolve with
// {event:'agree', buttonId} counts only if that button, an open-type
// agreePrivacyAuthorization one, was tapped; then the API goes on. 'disagree' fails it
// with WeChat's errno 104. The agreement is kept per user, so it outlives the app run.
import { failWith } from './wx-call'
import type { Phone } from './phone'

export type PrivacyAnswer = { event?: string; buttonId?: string }
export type PrivacyListener = (resolve: (answer: PrivacyAnswer) => void, info: { referrer: string }) => void

export interface PrivacyHooks {
  privacyListener: PrivacyListener | null
  /** Every resolve the app made, in order (what WeChat was told). */
  privacyAnswers: PrivacyAnswer[]
}

/** Waits for the agreement before `api` runs; throws WeChat's failure when it is refused. */
export async function privacyGate(phone: Phone, hooks: PrivacyHooks, api: string): Promise<void> {
  if (phone.privacy.agreed) return
  const listener = hooks.privacyListener
  // With no listener WeChat shows its own popup; this app always registers one.
  if (!listener) throw new Error(`${api} needs the privacy agreement and the app registered no onNeedPrivacyAuthorization listener`)
  const answer = await new Promise<PrivacyAnswer>((settle) => {
    listener((a) => {
      hooks.privacyAnswers.push({ event: a?.event, buttonId: a?.buttonId })
      // Telling WeChat the notice is shown answers nothing yet.
      if (a?.event !== 'exposureAuthorization') settle(a ?? {})
    }, { referrer: api })
  })
  if (answer.event === 'agree' && answer.buttonId && phone.privacy.agreeButtonTaps.includes(answer.buttonId)) {
    phone.privacy.agreed = true
    return
  }
  failWith(api, 'privacy permission is not authorized', { errno: 104 })
}
