// Limits guessing: binding by name and ID digits, invitation codes, the bootstrap code.
// A guess is counted BEFORE it is checked: reserveAttempt() records a failure on every
// key it names (the caller, the household, the village…) in one transaction, refusing
// when any key already holds its limit within the day; only a right guess gives its
// reservation back. So parallel guesses can never check more than the limit allows.
import crypto from 'node:crypto'
import { AppError } from '../../domain'
import type { Deps } from '../core/deps'
import type { TxStore } from '../ports/store'
import type { AttemptDoc, AttemptEntry } from '../store/docs'

export const MAX_FAILURES = 5
const WINDOW_MS = 24 * 3600_000
export const LOCKED_MESSAGE = '尝试次数太多，已暂停 24 小时。可以请村巡查员出示邀请二维码来绑定'

export interface AttemptLimit {
  /** attempts document id, e.g. "bind-<openid hash>" or "bind-h-<household>". */
  key: string
  max: number
}

export interface Reservation {
  id: string
  keys: string[]
  /** Tries left on the first key (the caller's own) after this one fails. */
  left: number
}

/** Failures of the last day; entries of older versions were bare timestamps. */
function liveEntries(doc: AttemptDoc | null, now: number): AttemptEntry[] {
  return (doc?.failures ?? [])
    .map((f) => (typeof f === 'string' ? { id: '', at: f } : f))
    .filter((f) => now - new Date(f.at).getTime() < WINDOW_MS)
}

const isLocked = (doc: AttemptDoc | null, live: AttemptEntry[], max: number, now: number) =>
  (doc?.lockedUntil ? new Date(doc.lockedUntil).getTime() > now : false) || live.length >= max

/** Records one failure on every key, or RATE_LIMITED (writing nothing) when any is locked. */
export async function reserveAttempt(deps: Deps, limits: AttemptLimit[], lockedMessage = LOCKED_MESSAGE): Promise<Reservation> {
  const now = deps.clock.now().getTime()
  const id = crypto.randomUUID()
  const left = await deps.store.transaction(async (tx) => {
    const col = tx.collection('attempts')
    const docs = await Promise.all(limits.map(async (l) => ({ l, doc: await col.get(l.key) })))
    const lives = docs.map(({ l, doc }) => ({ l, live: liveEntries(doc, now), doc }))
    if (lives.some(({ l, live, doc }) => isLocked(doc, live, l.max, now))) throw new AppError('RATE_LIMITED', lockedMessage)
    for (const { l, live } of lives) {
      const failures = [...live, { id, at: new Date(now).toISOString() }]
      await col.set({ _id: l.key, failures, lockedUntil: failures.length >= l.max ? new Date(now + WINDOW_MS).toISOString() : null })
    }
    return lives.length ? lives[0]!.l.max - lives[0]!.live.length - 1 : 0
  })
  return { id, keys: limits.map((l) => l.key), left }
}

/** Gives a reservation back (the guess was right), inside the caller's transaction. */
export async function releaseIn(tx: TxStore, r: Reservation, maxOf: (key: string) => number, nowMs: number): Promise<void> {
  const col = tx.collection('attempts')
  for (const key of r.keys) {
    const doc = await col.get(key)
    if (!doc) continue
    const failures = liveEntries(doc, nowMs).filter((f) => f.id !== r.id)
    // Nothing else could have locked it: the reservation was refused while locked.
    await col.set({ _id: key, failures, lockedUntil: failures.length >= maxOf(key) ? doc.lockedUntil : null })
  }
}

export async function releaseAttempt(deps: Deps, r: Reservation, maxOf: (key: string) => number): Promise<void> {
  const now = deps.clock.now().getTime()
  await deps.store.transaction((tx) => releaseIn(tx, r, maxOf, now))
}
