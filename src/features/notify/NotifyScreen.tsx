// 消息提醒: each kind of message this person can get, whether WeChat will push it, and
// one tap to subscribe. Consent is asked only on that tap. When WeChat keeps a refusal
// ("总是保持以上选择，不再询问") the page says so and opens WeChat's settings.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ErrorView, LoadingView } from '../../components/StateViews'
import { RoleBar } from '../../components/RoleBar'
import { ROUTES } from '../../routes'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { kindView, toAsk } from '../../services/notify-kinds'
import { useNotify } from '../../hooks/useNotify'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './notify.css'

export function NotifyScreen() {
  const n = useNotify()
  useReloadOnShow(n.reload)
  if (n.error) return <ErrorView code="UNAVAILABLE" message={n.error} onRetry={n.reload} />
  if (!n.kinds) return <LoadingView />
  const views = n.kinds.map((k) => ({ k, v: kindView(k, n.setting) }))
  const blocked = views.some(({ v }) => v.state === 'blocked')
  const ask = toAsk(n.kinds, n.setting)
  // Asking for ones not subscribed yet, or topping up one-time consents.
  const fresh = ask.some((k) => ['none', 'stopped'].includes(kindView(k, n.setting).state))

  const subscribe = async () => {
    const accepted = await n.subscribe(ask)
    void Taro.showToast({ title: accepted ? '已订阅' : '没有订阅', icon: 'none' })
  }

  return (
    <View className="page" data-testid="notify-screen">
      <RoleBar />
      <PageTitle space="xs">消息提醒</PageTitle>
      <Text className="lead">下面这些消息都会放进「消息」里。订阅以后，微信也会提醒您。</Text>
      {!n.hasWx && (
        <Text className="lead" data-testid="notify-no-wx">
          网页版收不到微信提醒，请在微信小程序里订阅。
        </Text>
      )}
      {blocked && (
        <Card className="nt-blocked" data-testid="notify-blocked">
          <Text className="nt-blocked__text">
            您在微信里选过“总是保持以上选择，不再询问”并且拒绝了，或者关掉了订阅消息，所以微信不会再问您。需要的话，请在设置里的“订阅消息”中打开。
          </Text>
          <Button block type="primary" fill="outline" data-testid="notify-open-setting" onClick={() => void n.openSetting()}>
            去设置里打开
          </Button>
        </Card>
      )}
      {views.map(({ k, v }) => (
        <Card key={k.kind} className={`nt-kind nt-kind--${v.state}`} data-testid="notify-kind" data-kind={k.kind} data-state={v.state}>
          <Text className="nt-kind__name">{k.name}</Text>
          <Text className="nt-kind__when">{k.when}</Text>
          <Text className="nt-kind__state" data-testid="notify-kind-state">
            {v.text}
          </Text>
        </Card>
      ))}
      {n.hasWx && ask.length > 0 && (
        <Button block type="primary" size="large" className="nt-subscribe" data-testid="notify-subscribe" onClick={() => void subscribe()}>
          {fresh ? '订阅微信提醒' : '每样再多收一条'}
        </Button>
      )}
      <Text className="nt-link" data-testid="notify-inbox" onClick={() => void Taro.navigateTo({ url: ROUTES.inbox })}>
        查看我的消息 ›
      </Text>
    </View>
  )
}
