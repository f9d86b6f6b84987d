// Identity: the caller as the server sees them, and (h5 only) the demo accounts.
import Taro from '@tarojs/taro'
import type { Result, Role } from '@domain'
import { call } from './api'
import { API_BASE } from './platform'
import { unavailable } from './result'

export const fetchMe = () => call('auth.me', {})

export interface DevUser {
  id: string
  name: string
  roles: Role[]
  villages: string[]
}

function isDevUser(v: unknown): v is DevUser {
  if (typeof v !== 'object' || v === null) return false
  const u = v as Record<string, unknown>
  return typeof u.id === 'string' && typeof u.name === 'string' && Array.isArray(u.roles) && Array.isArray(u.villages)
}

/** The local host's demo accounts (GET /dev/users); not available in WeChat. */
export async function listDevUsers(): Promise<Result<DevUser[]>> {
  try {
    const res = await Taro.request<unknown>({ url: `${API_BASE}/dev/users`, method: 'GET', timeout: 15000 })
    if (res.statusCode !== 200 || !Array.isArray(res.data)) return unavailable()
    return { ok: true, data: res.data.filter(isDevUser) }
  } catch {
    return unavailable()
  }
}
