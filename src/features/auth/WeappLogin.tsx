// WeChat: the server knows the caller by OPENID. An unbound account is told plainly how
// to get an invitation code; binding itself comes later.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { session } from '../../services/session'
import { ROUTES } from '../../routes'

export function WeappLogin() {
  const me = useResult(async () => {
    const res = await session.loadMe(true)
    if (res.ok) void Taro.reLaunch({ url: ROUTES.home })
    return res
  }, [])

  if (me.status === 'error' && me.code === 'UNAUTHENTICATED') {
    return (
      <View className="card" data-testid="not-bound">
        <Text className="auth-title">您的微信还没有绑定账号</Text>
        <Text className="auth-lead">请联系本村的巡查员，领取邀请码后再来绑定。</Text>
        <Button block type="primary" size="large" onClick={me.reload}>
          我已绑定，重新检查
        </Button>
      </View>
    )
  }
  return (
    <AsyncView state={me} onRetry={me.reload}>
      {() => <Text className="auth-lead">正在进入…</Text>}
    </AsyncView>
  )
}
