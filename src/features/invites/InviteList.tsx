// The invitations the user sent, newest first: whether each was used, is still open, or
// has run out. An open one can show its QR code again.
import { useState } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { InvitationView, Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import type { AsyncState } from '../../hooks/useResult'
import { dateTimeText } from '../street/format'
import { INVITE_STATE_LABELS, grantsText, inviteState } from './invite-state'

const STATE_TONE = { unused: 'st-badge--info', used: 'st-badge--ok', expired: '' } as const

function InviteItem({ invite, me }: { invite: InvitationView; me: Me }) {
  const [showQr, setShowQr] = useState(false)
  const state = inviteState(invite)
  return (
    <View className="card" data-testid="invite-item" data-invite-id={invite.id} data-state={state}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{invite.label}</Text>
        <Text className={`st-badge ${STATE_TONE[state]}`}>{INVITE_STATE_LABELS[state]}</Text>
      </View>
      <Text className="st-line">{invite.kind === 'farmer' ? '农户绑定' : grantsText(invite, me)}</Text>
      <Text className="st-line">发出：{dateTimeText(invite.createdAt)}</Text>
      {state === 'used' && <Text className="st-line">使用：{dateTimeText(invite.usedAt)}</Text>}
      {state !== 'used' && <Text className="st-line">有效期至：{dateTimeText(invite.expiresAt)}</Text>}
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
        </View>
      )}
    </View>
  )
}

export function InviteList({ state, me, onRetry }: { state: AsyncState<InvitationView[]>; me: Me; onRetry: () => void }) {
  return (
    <AsyncView state={state} onRetry={onRetry} isEmpty={(list) => list.length === 0} emptyText="还没有发出过邀请">
      {(list) => (
        <View data-testid="invite-list">
          {list.map((i) => (
            <InviteItem key={i.id} invite={i} me={me} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
