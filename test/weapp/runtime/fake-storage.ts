// wx storage with WeChat's limits: 1 MB a key and 10 MB in all (sizes as WeChat counts
// them, the stored JSON). Values are kept as JSON, so what the app reads back is a copy
// made in its own realm, as on a phone. Outlives an app run, like the phone's storage.
import { failWith } from './wx-call'

export const KEY_LIMIT = 1024 * 1024
export const TOTAL_LIMIT = 10 * 1024 * 1024

export class FakeStorage {
  readonly data = new Map<string, string>()

  usedBytes(): number {
    let n = 0
    for (const [k, v] of this.data) n += Buffer.byteLength(k) + Buffer.byteLength(v)
    return n
  }

  set(api: string, key: string, value: unknown): void {
    if (typeof key !== 'string' || !key) failWith(api, 'parameter error: key should be a non-empty string')
    const json = JSON.stringify(value === undefined ? null : value)
    if (Buffer.byteLength(json) > KEY_LIMIT) failWith(api, 'exceed storage item max length')
    const before = this.data.get(key)
    const total = this.usedBytes() - (before === undefined ? 0 : Buffer.byteLength(key) + Buffer.byteLength(before)) + Buffer.byteLength(key) + Buffer.byteLength(json)
    if (total > TOTAL_LIMIT) failWith(api, 'exceed storage max size 10MB')
    this.data.set(key, json)
  }

  /** The stored JSON, or undefined; WeChat answers '' for a missing key. */
  getJson(key: string): string | undefined {
    return this.data.get(key)
  }

  remove(key: string): void {
    this.data.delete(key)
  }

  info(): { keys: string[]; currentSize: number; limitSize: number } {
    return { keys: [...this.data.keys()], currentSize: Math.ceil(this.usedBytes() / 1024), limitSize: TOTAL_LIMIT / 1024 }
  }
}
