// How long the app waits for the server before it says so. In a village a request often
// hangs instead of failing; without a limit the screen would spin for minutes. The limit
// is a setting (storage key `anju.callTimeoutMs`), 15 s unless set.
import type { Result } from '@domain'
import { readString } from './storage'

export const DEFAULT_CALL_TIMEOUT_MS = 15_000
export const CALL_TIMEOUT_KEY = 'anju.callTimeoutMs'
/** A photo or a file is bigger than a call: it may take this many call limits. */
const UPLOAD_FACTOR = 4

/** The configured wait for one call, within sane bounds (1 s … 2 min). */
export function callTimeoutMs(): number {
  const set = Number(readString(CALL_TIMEOUT_KEY))
  return Number.isFinite(set) && set >= 1_000 && set <= 120_000 ? set : DEFAULT_CALL_TIMEOUT_MS
}

export const uploadTimeoutMs = (): number => callTimeoutMs() * UPLOAD_FACTOR

/** What a person reads when the server did not answer in time. */
export function timedOut(ms: number): Result<never> {
  return { ok: false, code: 'UNAVAILABLE', message: `网络太慢，等了 ${Math.round(ms / 1000)} 秒还没有回应，请到信号好的地方再试` }
}

/**
 * The answer of `work`, or a plain-words UNAVAILABLE once `ms` have passed; a throw counts
 * as no network. The late answer, if it ever comes, is dropped.
 */
export function withTimeout<T>(work: Promise<Result<T>>, ms: number, onThrow: () => Result<T>): Promise<Result<T>> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(timedOut(ms)), ms)
    work.then(
      (res) => {
        clearTimeout(timer)
        resolve(res)
      },
      () => {
        clearTimeout(timer)
        resolve(onThrow())
      },
    )
  })
}
