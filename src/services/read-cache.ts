// The last answer of each read the phone made, kept in storage with the time it came, so a
// screen can show it at once when the network is slow or gone. Entries are per caller and
// per query; the oldest go when there are too many, and a very large answer is not kept.
import Taro from '@tarojs/taro'
import { readString, writeString } from './storage'

export interface Kept<T> {
  /** When the server gave this answer (ISO instant). */
  at: string
  data: T
}

const PREFIX = 'anju.read.'
const INDEX_KEY = 'anju.read.index'
const MAX_ENTRIES = 80
/** Storage holds 1 MB a key on weapp; a list page is far below this. */
const MAX_CHARS = 300_000

/** A short, stable storage key for a long query text (FNV-1a, 32 bit). */
function hashOf(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}

function readIndex(): string[] {
  try {
    const list: unknown = JSON.parse(readString(INDEX_KEY) ?? '[]')
    return Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : []
  } catch {
    return []
  }
}

export function keepAnswer(query: string, data: unknown, at = new Date()): void {
  const slot = PREFIX + hashOf(query)
  const text = JSON.stringify({ query, at: at.toISOString(), data })
  if (text.length > MAX_CHARS) return
  writeString(slot, text)
  // Newest last; the oldest beyond the cap are dropped with their entries.
  const index = [...readIndex().filter((k) => k !== slot), slot]
  for (const old of index.splice(0, Math.max(0, index.length - MAX_ENTRIES))) {
    try {
      Taro.removeStorageSync(old)
    } catch {
      // Already gone.
    }
  }
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
