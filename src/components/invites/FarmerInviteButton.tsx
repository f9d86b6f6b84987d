// On a household's page: a one-time code and QR code with which the farmer binds his
// WeChat to this household (when binding by name and ID number does not work for him).
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { createFarmerInvite } from '../../services/invite'
import { InviteCard } from './InviteCard'
import { useCreateInvite } from './useCreateInvite'
import '../street.css'

export function FarmerInviteButton({ householdId }: { householdId: string }) {
  const { busy, error, invite, run } = useCreateInvite(createFarmerInvite)
  return (
    <View data-testid="farmer-invite">
      {invite ? (
        <InviteCard invite={invite} hint="请农户用微信扫这个二维码，或在小程序登录页输入邀请码，就能看到自家房屋。" />
      ) : (
        <Button block size="large" fill="outline" type="primary" loading={busy} data-testid="farmer-invite-create" onClick={() => void run(householdId)}>
          生成绑定二维码
        </Button>
      )}
      {error && <Text className="st-field__error">{error}</Text>}
    </View>
  )
}
