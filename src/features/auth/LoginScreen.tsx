// The way in. WeChat knows the caller; an unbound user binds here, and a scanned
// invitation (?invite=CODE, or WeChat's scene "invite=CODE") opens this page with the code.
// The h5 demo lists demo accounts and can act as an unbound WeChat user.
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { inviteCodeFrom } from '../../services/bind'
import { IS_WEAPP } from '../../services/platform'
import { DevLogin } from './DevLogin'
import { WeappLogin } from './WeappLogin'
import './auth.css'

export function LoginScreen() {
  const { params } = useRouter()
  const inviteCode = inviteCodeFrom(params)
  return (
    <View className="page auth-page">
      <View className="auth-brand">
        <Text className="auth-brand__name">安居哨</Text>
        {/* Before login nobody's street is known: one deployment serves every street of a district. */}
        <Text className="auth-brand__sub">农村住房安全动态监测</Text>
      </View>
      {IS_WEAPP ? <WeappLogin inviteCode={inviteCode} /> : <DevLogin inviteCode={inviteCode} />}
    </View>
  )
}
