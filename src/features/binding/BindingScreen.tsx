// For a WeChat user the server does not know yet: two ways in, as big buttons — a farmer
// binds with his household's details, anyone else (or a farmer) with an invitation code.
// On success the account is reloaded and the app starts over at the role's home.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Me } from '@domain'
import { session } from '../../services/session'
import { ROUTES } from '../../routes'
import { FarmerBindForm } from './FarmerBindForm'
import { InviteForm } from './InviteForm'
import './binding.css'

type Way = 'farmer' | 'invite'

interface Props {
  inviteCode: string | null
  /** Set when this WeChat is already bound and an invitation would add a role. */
  boundAs?: string
}

export function BindingScreen({ inviteCode, boundAs }: Props) {
  const [way, setWay] = useState<Way>(inviteCode || boundAs ? 'invite' : 'farmer')
  const [done, setDone] = useState<Me | null>(null)

  const onBound = async (me: Me) => {
    setDone(me)
    await session.loadMe(true)
    void Taro.reLaunch({ url: ROUTES.home })
  }

  if (done) {
    return (
      <View className="card bind-done" data-testid="bind-done">
        <Text className="bind-form__title">绑定成功</Text>
        <Text className="bind-form__lead">{done.name}，正在进入…</Text>
      </View>
    )
  }
  return (
    <View data-testid="binding-screen">
      {boundAs ? (
        <Text className="bind-intro">当前微信已绑定：{boundAs}。接受邀请会给这个账号加上新的身份。</Text>
      ) : (
        <Text className="bind-intro">您的微信还没有绑定账号，请选一种方式：</Text>
      )}
      {!boundAs && (
        <View className="bind-ways">
          <View className={`bind-way${way === 'farmer' ? ' bind-way--active' : ''}`} data-testid="bind-way-farmer" onClick={() => setWay('farmer')}>
            <Text className="bind-way__icon">🏠</Text>
            <Text className="bind-way__title">我是农户</Text>
          </View>
          <View className={`bind-way${way === 'invite' ? ' bind-way--active' : ''}`} data-testid="bind-way-invite" onClick={() => setWay('invite')}>
            <Text className="bind-way__icon">🔑</Text>
            <Text className="bind-way__title">我有邀请码</Text>
          </View>
        </View>
      )}
      {way === 'farmer' ? <FarmerBindForm onBound={(me) => void onBound(me)} /> : <InviteForm initialCode={inviteCode} onBound={(me) => void onBound(me)} />}
    </View>
  )
}
