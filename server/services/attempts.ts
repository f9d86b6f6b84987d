// Limits guessing: binding by name and ID digits, and invitation codes. After too many
// failures within a day the key is locked for a day. Failures are recorded even though
// the call fails: that record is the point.
import { AppError } from '../../domain'
import type { Deps } from '../core/deps'
import type { AttemptDoc } from '../store/docs'

export const MAX_FAILURES = 5
const WINDOW_MS = 24 * 3600_000

export async function assertNotLocked(deps: Deps, key: string): Promise<void> {
  const doc = await deps.store.collection<AttemptDoc>('attempts').get(key)
  if (doc?.lockedUntil && new Date(doc.lockedUntil).getTime() > deps.clock.now().getTime()) {
    throw new AppError('RATE_LIMITED', '尝试次数太多，已暂停 24 小时。可以请村巡查员出示邀请二维码来绑定')
  }
}

export async function recordFailure(deps: Deps, key: string): Promise<number> {
  const col = deps.store.collection<AttemptDoc>('attempts')
  const now = deps.clock.now().getTime()
  const doc = await col.get(key)
  const failures = [...(doc?.failures ?? []).filter((t) => now - new Date(t).getTime() < WINDOW_MS), new Date(now).toISOString()]
  const lockedUntil = failures.length >= MAX_FAILURES ? new Date(now + WINDOW_MS).toISOString() : null
  await col.set({ _id: key, failures, lockedUntil })
  return MAX_FAILURES - failures.length
}
