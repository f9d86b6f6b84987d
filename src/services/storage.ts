// Small typed wrappers over Taro's synchronous storage: a missing or unreadable key
// reads as null, and a failed write is not fatal for the caller.
import Taro from '@tarojs/taro'

export const STORAGE_KEYS = {
  devUser: 'anju.devUser',
  /** h5 only: a made-up WeChat OPENID, to try binding as a user with no account yet. */
  devOpenid: 'anju.devOpenid',
  activeRole: 'anju.activeRole',
} as const

export function readString(key: string): string | null {
  try {
    const v: unknown = Taro.getStorageSync(key)
    return typeof v === 'string' && v ? v : null
  } catch {
    return null
  }
}

export function writeString(key: string, value: string | null): void {
  try {
    if (value) Taro.setStorageSync(key, value)
    else Taro.removeStorageSync(key)
  } catch {
    // Storage full or unavailable: the value then lives only for this run.
  }
}

export function readJson<T>(key: string): T | null {
  const raw = readString(key)
  if (!raw) return null
  try {
    return JSON.parse(raw) as T
  } catch {
    return null
  }
}
