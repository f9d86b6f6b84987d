// Cryptographically secure random bytes, synchronously, on both builds. h5 (and any
// runtime with Web Crypto) uses crypto.getRandomValues. A mini-program has no synchronous
// source — wx.getRandomValues (base library 2.15.0+) only answers asynchronously — so
// there the bytes come from a pool filled by it: at start-up, and again in the background
// whenever half is used. Each byte is handed out once. A reserve for the next start is
// kept in the app's own storage and taken out of storage as soon as it is read, so a page
// opened straight from a message can make its ids before the first fill has answered.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

const POOL_BYTES = 4096
const RESERVE_BYTES = 1024
const RESERVE_KEY = 'anju.randomReserve'

let pool = new Uint8Array(0)
let filling: Promise<void> | null = null

function webCrypto(): { getRandomValues<T extends ArrayBufferView>(a: T): T } | null {
  const c = (globalThis as { crypto?: { getRandomValues?: unknown } }).crypto
  return c && typeof c.getRandomValues === 'function' ? (c as never) : null
}

const append = (a: Uint8Array, b: Uint8Array) => {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

const toHex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
const fromHex = (s: string) => new Uint8Array((s.match(/[0-9a-f]{2}/g) ?? []).map((h) => parseInt(h, 16)))

/** Moves the stored reserve into the pool and out of storage: never read twice. */
function takeReserve(): void {
  try {
    const saved: unknown = Taro.getStorageSync(RESERVE_KEY)
    Taro.removeStorageSync(RESERVE_KEY)
    if (typeof saved === 'string') pool = append(pool, fromHex(saved))
  } catch {
    // No storage: the pool waits for its first fill.
  }
}

/** Fills the mini-program's pool (and the reserve for the next start); resolves at once elsewhere. */
export function primeRandom(): Promise<void> {
  if (webCrypto() || !IS_WEAPP) return Promise.resolve()
  if (filling) return filling
  filling = Taro.getRandomValues({ length: POOL_BYTES + RESERVE_BYTES })
    .then((res) => {
      const fresh = new Uint8Array(res.randomValues)
      pool = append(pool, fresh.slice(0, POOL_BYTES))
      try {
        Taro.setStorageSync(RESERVE_KEY, toHex(fresh.slice(POOL_BYTES)))
      } catch {
        // Storage full: the next start waits for its first fill instead.
      }
    })
    .catch(() => undefined)
    .finally(() => {
      filling = null
    })
  return filling
}

/** `n` secure random bytes; throws (with words for people) only if no secure source has answered yet. */
export function randomBytes(n: number): Uint8Array {
  const c = webCrypto()
  if (c) return c.getRandomValues(new Uint8Array(n))
  if (pool.length < n) {
    void primeRandom()
    throw new Error('手机还在准备，请稍等一秒再试')
  }
  const out = pool.slice(0, n)
  pool = pool.slice(n)
  if (pool.length < POOL_BYTES / 2) void primeRandom()
  return out
}

if (IS_WEAPP && !webCrypto()) {
  takeReserve()
  void primeRandom()
}
