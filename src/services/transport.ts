// The last hop of every call: WeChat Cloud on weapp, the local host over HTTP on h5.
// A transport never throws; failures come back as an UNAVAILABLE result.
import Taro from '@tarojs/taro'
import type { ActionName, Result } from '@domain'
import { API_BASE, IS_WEAPP } from './platform'
import { asResult, unavailable } from './result'
import { STORAGE_KEYS, readString } from './storage'

export type Transport = (action: ActionName, input: unknown) => Promise<Result<unknown>>

/** The cloud function that hosts the action registry (see cloudfunctions/api). */
export const API_FUNCTION = 'api'

const cloudTransport: Transport = async (action, input) => {
  try {
    const res = await Taro.cloud.callFunction({ name: API_FUNCTION, data: { action, input } })
    return asResult(res.result)
  } catch {
    return unavailable()
  }
}

/**
 * How the local host knows the h5 caller: a demo account (X-Dev-User), or else a made-up
 * WeChat identity with no account yet (X-Dev-Openid), to try binding and invitations.
 */
export function devIdentityHeaders(): Record<string, string> {
  const devUser = readString(STORAGE_KEYS.devUser)
  if (devUser) return { 'X-Dev-User': devUser }
  const devOpenid = readString(STORAGE_KEYS.devOpenid)
  return devOpenid ? { 'X-Dev-Openid': devOpenid } : {}
}

const httpTransport: Transport = async (action, input) => {
  try {
    const res = await Taro.request<unknown>({
      url: `${API_BASE}/fn/${API_FUNCTION}`,
      method: 'POST',
      data: { action, input },
      header: { 'content-type': 'application/json', ...devIdentityHeaders() },
      timeout: 15000,
    })
    return asResult(res.data)
  } catch {
    return unavailable()
  }
}

export const transport: Transport = IS_WEAPP ? cloudTransport : httpTransport
