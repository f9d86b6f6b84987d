// The last hop of every call: WeChat Cloud on weapp, the local host over HTTP on h5.
// A transport never throws; failures come back as an UNAVAILABLE result, and so does a
// request that hangs past the configured limit (timeout.ts).
import Taro from '@tarojs/taro'
import type { ActionName, Result } from '@domain'
import { API_BASE, IS_WEAPP } from './platform'
import { asResult, unavailable } from './result'
import { STORAGE_KEYS, readString } from './storage'
import { callTimeoutMs, withTimeout } from './timeout'

export type Transport = (action: ActionName, input: unknown) => Promise<Result<unknown>>

/** The cloud function that hosts the action registry (see cloudfunctions/api). */
export const API_FUNCTION = 'api'

const cloudTransport: Transport = (action, input) =>
  // callFunction has no timeout of its own: a weak signal would leave it pending.
  withTimeout(
    Taro.cloud.callFunction({ name: API_FUNCTION, data: { action, input } }).then((res) => asResult(res.result)),
    callTimeoutMs(),
    unavailable,
  )

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

const httpTransport: Transport = (action, input) => {
  const ms = callTimeoutMs()
  const request = Taro.request<unknown>({
    url: `${API_BASE}/fn/${API_FUNCTION}`,
    method: 'POST',
    data: { action, input },
    header: { 'content-type': 'application/json', ...devIdentityHeaders() },
    // Our own limit answers first, in plain words; this one only frees the connection.
    timeout: ms + 1_000,
  })
  return withTimeout(request.then((res) => asResult(res.data)), ms, unavailable)
}

export const transport: Transport = IS_WEAPP ? cloudTransport : httpTransport
