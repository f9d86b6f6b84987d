// WeChat's privacy agreement (用户隐私保护指引). Since base library 2.32.3 an API that
// collects personal data (location, camera and album, files) waits until the user has
// agreed; the mini-program shows its own notice and reports the answer. Here the notice is
// a page of its own: the pending APIs wait while it is open and go on (or fail) once the
// person taps 同意 or 不同意. Leaving the page without an answer counts as 不同意, so no
// API waits forever.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

type Answer = { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }
type Resolve = (answer: Answer) => void

/** The id of the page's agree button: WeChat checks that this very button was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'
export const PRIVACY_PAGE = '/pages/privacy/index'

let pending: Resolve[] = []

const onPrivacyPage = () => Taro.getCurrentPages().some((p) => `/${p.route}` === PRIVACY_PAGE)

/** Registered once at launch: every privacy-gated API that needs consent opens the notice. */
export function installPrivacyGate(): void {
  if (!IS_WEAPP || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization((resolve) => {
    pending.push(resolve as Resolve)
    if (pending.length === 1 && !onPrivacyPage()) void Taro.navigateTo({ url: PRIVACY_PAGE })
  })
}

/** The notice is on screen: WeChat is told it was shown. */
export function privacyNoticeShown(): void {
  for (const r of pending) r({ event: 'exposureAuthorization' })
}

/** The person answered (or left the page): every waiting API goes on or fails. */
export function answerPrivacy(agreed: boolean): void {
  const waiting = pending
  pending = []
  for (const r of waiting) r(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' })
}

export const privacyPending = (): boolean => pending.length > 0

/**
 * Asks for the agreement before something that is not a WeChat API but still personal
 * data (typing an ID number): resolves true once agreed (at once if agreed before).
 */
export function requirePrivacy(): Promise<boolean> {
  if (!IS_WEAPP || typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true)
  return new Promise((resolve) => Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) }))
}

/** WeChat's own page with the full 用户隐私保护指引 as filled in on the admin console. */
export function openPrivacyContract(): void {
  if (IS_WEAPP && typeof Taro.openPrivacyContract === 'function') Taro.openPrivacyContract({})
}
