// The strip at the top of each role's home: who is signed in, as which role, and the
// way to another role (several roles) or, on the local demo, to another account.
import { useEffect } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ROLE_LABELS } from '@domain'
import { refreshUnread, useUnread } from '../services/inbox'
import { IS_WEAPP } from '../services/platform'
import { session, useSession } from '../services/session'
import { ROUTES, SWITCH_ROLE_URL } from '../routes'
import './role-bar.css'

export function RoleBar() {
  const { me, activeRole } = useSession()
  const unread = useUnread()

  useEffect(() => {
    if (!me) void session.loadMe()
    else void refreshUnread()
  }, [me])
  // Back from the inbox or a message's page: the count may have changed.
  useDidShow(() => {
    if (session.get().me) void refreshUnread()
  })

  if (!me) return null
  const role = activeRole ?? me.roles[0]
  const switchAccount = () => {
    session.signOut()
    void Taro.reLaunch({ url: ROUTES.login })
  }

  return (
    <View className="role-bar" data-testid="role-bar">
      <View className="role-bar__who">
        <Text className="role-bar__name">{me.name}</Text>
        {role && <Text className="role-bar__role" data-testid="active-role">{ROLE_LABELS[role]}</Text>}
      </View>
      <View className="role-bar__actions">
        <View className="role-bar__inbox" data-testid="open-inbox" onClick={() => void Taro.navigateTo({ url: ROUTES.inbox })}>
          <Text>消息</Text>
          {!!unread && (
            <Text className="role-bar__badge" data-testid="inbox-badge" data-count={unread}>
              {unread > 99 ? '99+' : unread}
            </Text>
          )}
        </View>
        {me.roles.length > 1 && (
          <Button size="small" type="primary" fill="outline" data-testid="switch-role" onClick={() => void Taro.reLaunch({ url: SWITCH_ROLE_URL })}>
            切换身份
          </Button>
        )}
        {!IS_WEAPP && (
          <Button size="small" fill="none" data-testid="switch-account" onClick={switchAccount}>
            换账号
          </Button>
        )}
      </View>
    </View>
  )
}
