// 邀请工作人员: make a one-time code for a new inspector or street colleague, and see the
// invitations already sent.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { Me, RoleGrant } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { createStaffInvite, listInvites } from '../../services/invite'
import { InviteCard } from '../../components/invites/InviteCard'
import { InviteList } from './InviteList'
import { StaffInviteForm } from './StaffInviteForm'
import { useCreateInvite } from '../../components/invites/useCreateInvite'
import '../../components/street.css'
import '../../components/invites/invites.css'
import { PageTitle } from '../../components/PageTitle'

function Invites({ me }: { me: Me }) {
  const sent = useResult(listInvites, [])
  const { busy, error, invite, run, clear } = useCreateInvite(createStaffInvite)
  const create = async (name: string, grants: RoleGrant[]) => {
    if (await run(name, grants)) sent.reload()
  }
  return (
    <View>
      {invite ? (
        <View>
          <InviteCard invite={invite} hint="请对方用微信扫这个二维码，或打开小程序输入邀请码，就能以这个身份使用。" />
          <Button block size="large" fill="outline" type="primary" data-testid="invite-another" onClick={clear}>
            再邀请一位
          </Button>
        </View>
      ) : (
        <StaffInviteForm me={me} busy={busy} onCreate={(n, g) => void create(n, g)} />
      )}
      {error && (
        <Text className="notice notice--danger st-notice" data-testid="invite-error">
          {error}
        </Text>
      )}
      <Text className="section-title st-block">已发出的邀请</Text>
      <InviteList state={sent} me={me} onRetry={sent.reload} />
    </View>
  )
}

export function InvitesScreen() {
  const me = useMe()
  return (
    <View className="page st-page">
      <PageTitle>邀请工作人员</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <Invites me={user} />}
      </AsyncView>
    </View>
  )
}
