// The demo's 区住建局 login, made the way the real one is: 巴川's street staff invite the
// district's first account (allowed while the district has none) and the invited person
// accepts the code from his WeChat. So the account is whatever the app itself makes.
import { dispatch } from '../actions/dispatch'
import { registry } from '../actions/registry'
import type { Me } from '../../domain'
import type { Deps } from '../core/deps'
import { BACHUAN, DISTRICT } from './demo-orgs'

/** The WeChat identity the demo's district person accepts the invitation with. */
export const DEMO_DISTRICT_OPENID = 'demo-openid-district-tongliang'
export const DEMO_DISTRICT_NAME = '铜梁区住建局 李科长'

/** Returns the id of the account the accepted invitation made. */
export async function seedDistrictLogin(deps: Deps): Promise<string> {
  const invite = await dispatch(registry, deps, { action: 'invite.create', input: { inviteId: 'inv-demo-district', kind: 'staff', name: DEMO_DISTRICT_NAME, grants: [{ role: 'district', orgId: DISTRICT.id }] } }, { kind: 'dev', userId: `u-staff-${BACHUAN.id.slice(2)}` })
  if (!invite.ok) throw new Error(`demo district invitation refused: ${invite.code} ${invite.message}`)
  const code = (invite.data as { code: string }).code
  const me = await dispatch(registry, deps, { action: 'invite.accept', input: { code } }, { kind: 'openid', openid: DEMO_DISTRICT_OPENID })
  if (!me.ok) throw new Error(`demo district invitation not accepted: ${me.code} ${me.message}`)
  return (me.data as Me).userId
}
