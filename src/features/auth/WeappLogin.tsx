// WeChat: the server knows the caller by OPENID. A bound account goes straight in; an
// unbound one binds (farmer details or invitation code). An invitation opened by a bound
// account adds its role to that account.
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { session } from '../../services/session'
import { ROUTES } from '../../routes'
import { BindingScreen } from './binding/BindingScreen'

export function WeappLogin({ inviteCode }: { inviteCode: string | null }) {
  const me = useResult(async () => {
    const res = await session.loadMe(true)
    if (res.ok && !inviteCode) void Taro.reLaunch({ url: ROUTES.home })
    return res
  }, [])

  if (me.status === 'error' && me.code === 'UNAUTHENTICATED') return <BindingScreen inviteCode={inviteCode} />
  if (me.status === 'ok' && inviteCode) return <BindingScreen inviteCode={inviteCode} boundAs={me.data.name} />
  return (
    <AsyncView state={me} onRetry={me.reload}>
      {() => <Text className="auth-lead">正在进入…</Text>}
    </AsyncView>
  )
}
