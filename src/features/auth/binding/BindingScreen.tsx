// For a WeChat user the server does not know yet: two ways in, as big buttons — a farmer
// binds with his household's details, anyone else (or a farmer) with an invitation code.
// On success the account is reloaded and the app starts over at the role's home.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { kindsForRoles, type Me } from '@domain'
import { askConsent, preloadConsentTemplates } from '../../../services/notify'
import { session } from '../../../services/session'
import { wxSubscribe } from '../../../services/wx-subscribe'
import { ROUTES } from '../../../routes'
import { FarmerBindForm } from './FarmerBindForm'
import { InviteForm } from './InviteForm'
import { Card } from '../../../components/Card'
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

  const enter = () => void Taro.reLaunch({ url: ROUTES.home })
  const onBound = async (me: Me) => {
    setDone(me)
    await session.loadMe(true)
    // Without WeChat there is nothing to subscribe: straight in.
    if (!wxSubscribe()) return enter()
    // Ready before the tap, which must reach WeChat without a round trip first.
    await preloadConsentTemplates()
  }
  // Accepting an invitation or binding is the natural moment to agree to messages.
  const remindAndEnter = () => {
    if (done) void askConsent(kindsForRoles(done.roles)).finally(enter)
  }

  if (done) {
    return (
      <Card className="bind-done" data-testid="bind-done">
        <Text className="bind-form__title">绑定成功</Text>
        <Text className="bind-form__lead">{done.name}，有要办的事、有新进展时，微信可以提醒您。</Text>
        <View className="fm-buttons">
          <Button block type="primary" size="large" data-testid="bind-consent" onClick={remindAndEnter}>
            接收微信提醒并进入
          </Button>
          <Button block fill="outline" type="primary" size="large" data-testid="bind-enter" onClick={enter}>
            先不用，直接进入
          </Button>
        </View>
      </Card>
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
