// The entry page: find out who is calling, settle the role, and go to that role's home.
import { useState } from 'react'
import Taro, { useLoad, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Me, Role } from '@domain'
import { ErrorView, LoadingView } from '../../components/StateViews'
import { loadMeOfflineFirst } from '../../services/offline/outbox'
import { session } from '../../services/session'
import { IS_WEAPP } from '../../services/platform'
import { ROLE_HOME, ROUTES } from '../../routes'
import { RoleChooser } from './RoleChooser'
import { Card } from '../../components/Card'
import './auth.css'

type View_ = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'choose'; me: Me } | { kind: 'no-role'; me: Me }

const goTo = (url: string) => void Taro.reLaunch({ url })

export function HomeScreen() {
  const { params } = useRouter()
  const wantsSwitch = params.switch === '1'
  const [view, setView] = useState<View_>({ kind: 'loading' })

  const start = async () => {
    if (!IS_WEAPP && !session.devUserId() && !session.devOpenid()) return goTo(ROUTES.login)
    setView({ kind: 'loading' })
    const res = await loadMeOfflineFirst(true)
    if (!res.ok) {
      if (res.code === 'UNAUTHENTICATED') return goTo(ROUTES.login)
      return setView({ kind: 'error', message: res.message })
    }
    const me = res.data
    if (me.roles.length === 0) return setView({ kind: 'no-role', me })
    // Offline the cached account has no active role in the session yet; a single role needs no choice.
    const active = session.get().activeRole ?? (me.roles.length === 1 ? me.roles[0]! : null)
    if (active && !(wantsSwitch && me.roles.length > 1)) return goTo(ROLE_HOME[active])
    setView({ kind: 'choose', me })
  }

  useLoad(() => void start())

  const choose = (role: Role) => {
    session.setActiveRole(role)
    goTo(ROLE_HOME[role])
  }

  return (
    <View className="page auth-page">
      <View className="auth-brand">
        <Text className="auth-brand__name">安居哨</Text>
        <Text className="auth-brand__sub">{view.kind === 'choose' || view.kind === 'no-role' ? `${view.me.street?.name ?? ''} ` : ''}农村住房安全监测</Text>
      </View>
      {view.kind === 'loading' && <LoadingView />}
      {view.kind === 'error' && <ErrorView message={view.message} onRetry={() => void start()} />}
      {view.kind === 'no-role' && (
        <Card data-testid="no-role">
          <Text className="auth-lead">{view.me.name}，您的账号还没有分配身份，请联系街道建管办。</Text>
        </Card>
      )}
      {view.kind === 'choose' && (
        <Card>
          <RoleChooser me={view.me} current={session.get().activeRole} onChoose={choose} />
        </Card>
      )}
    </View>
  )
}
