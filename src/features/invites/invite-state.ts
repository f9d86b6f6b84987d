import { ROLE_LABELS, type InvitationView, type Me } from '@domain'

export type InviteState = 'unused' | 'used' | 'expired' | 'revoked'

export const INVITE_STATE_LABELS: Record<InviteState, string> = {
  unused: '未使用',
  used: '已使用',
  expired: '已过期',
  revoked: '已作废',
}

export function inviteState(invite: InvitationView, now = new Date()): InviteState {
  if (invite.usedAt) return 'used'
  if (invite.revokedAt) return 'revoked'
  return new Date(invite.expiresAt) < now ? 'expired' : 'unused'
}

/** "村巡查员（玉龙村）", with the org's name when the user knows it. */
export function grantsText(invite: InvitationView, me: Me | null): string {
  const orgName = (id: string) => me?.villages.find((v) => v.id === id)?.name ?? (me?.street?.id === id ? me.street.name : '')
  return invite.grants.map((g) => `${ROLE_LABELS[g.role]}${orgName(g.orgId) ? `（${orgName(g.orgId)}）` : ''}`).join('、')
}
