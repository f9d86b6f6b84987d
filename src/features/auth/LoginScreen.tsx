import { View, Text } from '@tarojs/components'
import { IS_WEAPP } from '../../services/platform'
import { DevLogin } from './DevLogin'
import { WeappLogin } from './WeappLogin'
import './auth.css'

export function LoginScreen() {
  return (
    <View className="page auth-page">
      <View className="auth-brand">
        <Text className="auth-brand__name">安居哨</Text>
        <Text className="auth-brand__sub">巴川街道 农村住房安全监测</Text>
      </View>
      {IS_WEAPP ? <WeappLogin /> : <DevLogin />}
    </View>
  )
}
