// Binding a WeChat identity to a farmer's account: by village, name and the last six
// characters of his ID. On the h5 demo, a made-up WeChat identity stands in for a real one.
import { call } from './api'
import { randomToken } from './ids'
import { session } from './session'

export const bindFarmer = (villageId: string, name: string, idLast6: string) =>
  call('bind.farmer', { villageId, name: name.trim(), idLast6: idLast6.trim().toUpperCase() })

/** The code carried by a scanned invitation: `?invite=CODE`, or WeChat's `?scene=invite%3DCODE`. */
export function inviteCodeFrom(params: Record<string, string | undefined>): string | null {
  const direct = params.invite
  const scene = params.scene ? decodeURIComponent(params.scene) : ''
  const code = direct ?? /(?:^|&)invite=([A-Za-z0-9]{8})(?:&|$)/.exec(scene)?.[1]
  return code && /^[A-Za-z0-9]{8}$/.test(code) ? code.toUpperCase() : null
}

/** h5 demo: become a new, unbound WeChat user (a random OPENID kept in storage). */
export function simulateUnboundUser(): string {
  const openid = `dev-${Date.now().toString(36)}${randomToken(8)}`
  session.signInAsDevOpenid(openid)
  return openid
}
