// A one-time subscription consent allows one message. Two senders must not both spend
// the same one, so it is taken before sending by a compare-and-set on the consent's
// revision, and given back when WeChat did not take the message (WeChat spends a consent
// only on a message it accepts). A sender dying between taking and sending loses that one
// consent: the safe side, since spending it twice would be refused by WeChat (43101).
import { AppError } from '../../../domain/errors'
import type { Collection } from '../../ports/store'
import type { ConsentDoc } from '../../store/docs'

export type ConsentUse = 'longTerm' | 'oneTime' | 'none' | 'busy'

const TRIES = 5

const isConflict = (err: unknown) => err instanceof AppError && err.code === 'CONFLICT'

/**
 * Takes one use of the consent: 'none' without any, 'busy' when others kept winning the race.
 * `read`: the consent as the caller just read it (a batch of messages reads theirs in one
 * request); it is read again only when someone changed it since.
 */
export async function takeConsent(consents: Collection<ConsentDoc>, id: string, nowIso: string, read?: ConsentDoc | null): Promise<ConsentUse> {
  for (let i = 0; i < TRIES; i++) {
    const c = i === 0 && read !== undefined ? read : await consents.get(id)
    if (!c || (!c.longTerm && c.remaining <= 0)) return 'none'
    if (c.longTerm) return 'longTerm'
    try {
      if (await consents.update(id, { remaining: c.remaining - 1, updatedAt: nowIso }, { ifRev: c._rev ?? 0 })) return 'oneTime'
      return 'none'
    } catch (err) {
      if (!isConflict(err)) throw err
    }
  }
  return 'busy'
}

/** Returns a one-time use that no message was sent with. */
export async function giveBackConsent(consents: Collection<ConsentDoc>, id: string, nowIso: string): Promise<void> {
  for (let i = 0; i < TRIES; i++) {
    const c = await consents.get(id)
    // Gone, or long-term by now: nothing to give back.
    if (!c || c.longTerm) return
    try {
      await consents.update(id, { remaining: c.remaining + 1, updatedAt: nowIso }, { ifRev: c._rev ?? 0 })
      return
    } catch (err) {
      if (!isConflict(err)) throw err
    }
  }
}

/** Uses up every one-time consent of the kind (WeChat answered 43101: refused or used up). */
export async function clearConsent(consents: Collection<ConsentDoc>, id: string, nowIso: string): Promise<void> {
  await consents.update(id, { remaining: 0, longTerm: false, updatedAt: nowIso, stoppedAt: nowIso })
}
