// A fresh invitation as the invitee needs it: the code in very large letters to read out,
// the QR code to scan, and until when it works.
import { Text, Image } from '@tarojs/components'
import type { InvitationView } from '@domain'
import { timeText } from '../../format/time'
import '../street.css'
import { Card } from '../../components/Card'
import './invites.css'

export function InviteCard({ invite, hint }: { invite: InvitationView; hint: string }) {
  return (
    <Card className="inv-card" data-testid="invite-card" data-invite-id={invite.id}>
      <Text className="inv-card__label">{invite.label}</Text>
      <Text className="inv-card__caption">邀请码</Text>
      <Text className="inv-code" data-testid="invite-code">
        {invite.code}
      </Text>
      {invite.qrUrl ? (
        <Image className="inv-qr" src={invite.qrUrl} showMenuByLongpress data-testid="invite-qr" />
      ) : (
        <Text className="st-line">二维码暂时显示不了，可以直接告诉对方邀请码。</Text>
      )}
      <Text className="inv-card__hint">{hint}</Text>
      <Text className="inv-card__expiry" data-testid="invite-expiry">
        有效期至 {timeText(invite.expiresAt)}，只能使用一次
      </Text>
    </Card>
  )
}
