// The invitations the user sent, newest first: whether each was used, is still open, has
// run out or was withdrawn. An open one can show its QR code again, or be withdrawn.
import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import type { InvitationView, Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import type { AsyncState } from '../../hooks/useResult'
import { revokeInvite } from '../../services/invite'
import { revokeInviteText } from '../../format/confirm-texts'
import { timeText } from '../../format/time'
import { INVITE_STATE_LABELS, grantsText, inviteState } from './invite-state'
import { Badge } from '../../components/Badge'
import { Card } from '../../components/Card'

const STATE_TONE = { unused: 'info', used: 'ok', expired: 'muted', revoked: 'warn' } as const

function RevokeButton({ invite, onChanged }: { invite: InvitationView; onChanged: () => void }) {
  const [asking, setAsking] = useState(false)
  const [error, setError] = useState('')
  const text = revokeInviteText(invite.label)
  const revoke = async () => {
    setAsking(false)
    const res = await revokeInvite(invite.id)
    if (res.ok) onChanged()
    else setError(res.message)
  }
  return (
    <View>
      <Button block fill="outline" type="danger" data-testid="invite-revoke" onClick={() => setAsking(true)}>
        作废这个邀请码
      </Button>
      {error && <Text className="st-field__error">{error}</Text>}
      <Dialog visible={asking} title={text.title} content={text.content} confirmText={text.confirmText} cancelText="不了" onConfirm={() => void revoke()} onCancel={() => setAsking(false)} />
    </View>
  )
}

function InviteItem({ invite, me, onChanged }: { invite: InvitationView; me: Me; onChanged: () => void }) {
  const [showQr, setShowQr] = useState(false)
  const state = inviteState(invite)
  return (
    <Card data-testid="invite-item" data-invite-id={invite.id} data-state={state}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{invite.label}</Text>
        <Badge tone={STATE_TONE[state]}>{INVITE_STATE_LABELS[state]}</Badge>
      </View>
      <Text className="st-line">{invite.kind === 'farmer' ? '农户绑定' : grantsText(invite, me)}</Text>
      <Text className="st-line">发出：{timeText(invite.createdAt)}</Text>
      {state === 'used' && <Text className="st-line">使用：{timeText(invite.usedAt)}</Text>}
      {state === 'revoked' && <Text className="st-line">作废：{timeText(invite.revokedAt)}</Text>}
      {(state === 'unused' || state === 'expired') && <Text className="st-line">有效期至：{timeText(invite.expiresAt)}</Text>}
      {state === 'unused' && (
        <View>
          <Text className="inv-code inv-code--small">{invite.code}</Text>
          {invite.qrUrl &&
            (showQr ? (
              <Image className="inv-qr" src={invite.qrUrl} showMenuByLongpress />
            ) : (
              <Button block fill="outline" type="primary" data-testid="invite-show-qr" onClick={() => setShowQr(true)}>
                显示二维码
              </Button>
            ))}
          <RevokeButton invite={invite} onChanged={onChanged} />
        </View>
      )}
    </Card>
  )
}

export function InviteList({ state, me, onRetry }: { state: AsyncState<InvitationView[]>; me: Me; onRetry: () => void }) {
  // A withdrawal reloads the list, which shows it as 已作废.
  return (
    <AsyncView state={state} onRetry={onRetry} isEmpty={(list) => list.length === 0} emptyText="还没有发出过邀请">
      {(list) => (
        <View data-testid="invite-list">
          {list.map((i) => (
            <InviteItem key={i.id} invite={i} me={me} onChanged={onRetry} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
