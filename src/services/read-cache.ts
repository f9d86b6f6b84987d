// The last answer of each read the phone made, kept in storage with the time it came, so a
// screen can show it at once when the network is slow or gone. Entries are per caller and
// per query; the oldest go when they take too much room, and a very large answer is not
// kept — weapp storage (10 MB in all) must keep room for the outbox's records.
import Taro from '@tarojs/taro'
import { readString, writeString } from './storage'

export interface Kept<T> {
  /** When the server gave this answer (ISO instant). */
  at: string
  data: T
}

const PREFIX = 'anju.read.'
const INDEX_KEY = 'anju.read.index'
const MAX_ENTRIES = 60
/** One answer at most (a list page of 50 is about 20,000). */
const MAX_CHARS = 150_000
/** All kept answers together. */
const MAX_TOTAL_CHARS = 1_000_000

/** A short, stable storage key for a long query text (FNV-1a, 32 bit). */
function hashOf(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

/** The kept slots, oldest first, with their sizes. */
type Index = Array<[slot: string, chars: number]>

function readIndex(): Index {
  try {
    const list: unknown = JSON.parse(readString(INDEX_KEY) ?? '[]')
    return Array.isArray(list) ? list.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && typeof e[1] === 'number') : []
  } catch {
    return []
  }
}

export function keepAnswer(query: string, data: unknown, at = new Date()): void {
  const slot = PREFIX + hashOf(query)
  const text = JSON.stringify({ query, at: at.toISOString(), data })
  if (text.length > MAX_CHARS) return
  // Newest last; the oldest go while there are too many or they take too much room.
  const index: Index = [...readIndex().filter(([k]) => k !== slot), [slot, text.length]]
  let total = index.reduce((sum, [, n]) => sum + n, 0)
  while (index.length > 1 && (index.length > MAX_ENTRIES || total > MAX_TOTAL_CHARS)) {
    const [old, n] = index.shift()!
    total -= n
    try {
      Taro.removeStorageSync(old)
    } catch {
      // Already gone.
    }
  }
  writeString(slot, text)
  writeString(INDEX_KEY, JSON.stringify(index))
}

export function recallAnswer<T>(query: string): Kept<T> | null {
  const raw = readString(PREFIX + hashOf(query))
  if (!raw) return null
  try {
    const kept = JSON.parse(raw) as { query: string; at: string; data: T }
    // Two queries may share a hash: only the same query's answer counts.
    return kept.query === query ? { at: kept.at, data: kept.data } : null
  } catch {
    return null
  }
}
