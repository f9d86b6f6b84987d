// Reads under a weak signal. The answer of every read is kept on the phone; when the server
// has not answered within FIRST_PAINT_MS (or there is no network), the kept answer is
// returned at once, marked with the time it was fetched, and the real answer follows through
// `fresh`. useResult, usePaged and AsyncView show both, so no screen does this on its own.
import type { Result } from '@domain'
import { keepAnswer, recallAnswer } from './read-cache'

/** The kept copy is on screen by then (the promise: within 3 s). */
export const FIRST_PAINT_MS = 2_000

export interface Staleness<T> {
  /** When the shown copy was fetched (ISO instant). */
  cachedAt: string
  /** The server's own answer, when it comes (or why it did not). */
  fresh: Promise<Result<T>>
}

const staleness = new WeakMap<object, Staleness<unknown>>()

/** Set when `res` is a kept copy rather than the server's answer of now. */
export function stalenessOf<T>(res: Result<T>): Staleness<T> | null {
  return (staleness.get(res) as Staleness<T> | undefined) ?? null
}

/** For a load that reshapes a read's answer: the result it made is as stale as the read, and its fresh answer is reshaped the same way. */
export function carryStaleness<A, B>(from: Result<A>, to: Result<B>, reshape: (fresh: Result<A>) => Result<B>): Result<B> {
  const st = stalenessOf(from)
  if (st) staleness.set(to, { cachedAt: st.cachedAt, fresh: st.fresh.then(reshape) })
  return to
}

function stale<T>(data: T, cachedAt: string, fresh: Promise<Result<T>>): Result<T> {
  const res: Result<T> = { ok: true, data }
  staleness.set(res, { cachedAt, fresh })
  return res
}

/**
 * Sends a read, keeping its answer under `query`. With a kept answer, waits at most
 * `firstPaintMs` before handing that over instead; a fast "no network" hands it over too.
 * Any other refusal (not allowed, not found) is the answer: a kept copy must not hide it.
 */
export async function readThrough<T>(query: string, send: () => Promise<Result<T>>, firstPaintMs = FIRST_PAINT_MS): Promise<Result<T>> {
  const answer = send().then((res) => {
    if (res.ok) keepAnswer(query, res.data)
    return res
  })
  const kept = recallAnswer<T>(query)
  if (!kept) return answer
  let timer: ReturnType<typeof setTimeout> | undefined
  const first = await Promise.race([answer, new Promise<null>((r) => (timer = setTimeout(() => r(null), firstPaintMs)))])
  clearTimeout(timer)
  if (first && (first.ok || first.code !== 'UNAVAILABLE')) return first
  return stale(kept.data, kept.at, answer)
}
