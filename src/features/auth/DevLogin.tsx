// Local demo only: the host's demo accounts as big cards, grouped by their first role, and
// a made-up WeChat user with no account, to try binding and invitations.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Result } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { listDevUsers, type DevUser } from '../../services/auth'
import { simulateUnboundUser } from '../../services/bind'
import { session } from '../../services/session'
import { IS_WEAPP } from '../../services/platform'
import { ROUTES } from '../../routes'
import { BindingScreen } from './binding/BindingScreen'
import { palette } from '../../styles/theme'
import { Card } from '../../components/Card'
import { groupByRole } from './login-groups'

function villagesText(villages: string[]): string {
  if (villages.length <= 2) return villages.join('、')
  return `${villages.slice(0, 2).join('、')} 等 ${villages.length} 个村（社区）`
}

function UserCard({ user }: { user: DevUser }) {
  const signIn = () => {
    session.signInAsDevUser(user.id)
    void Taro.reLaunch({ url: ROUTES.home })
  }
  return (
    <Card className="login-card" data-testid={`login-user-${user.id}`} onClick={signIn}>
      <Text className="login-card__name">{user.name}</Text>
      <View className="tags login-card__roles">
        {user.roles.map((r) => (
          <Tag key={r} background={palette.primaryLight} color={palette.primary}>
            {ROLE_LABELS[r]}
          </Tag>
        ))}
      </View>
      {user.villages.length > 0 && <Text className="login-card__villages">{villagesText(user.villages)}</Text>}
      <Button block type="primary" size="large">
        以此身份登录
      </Button>
    </Card>
  )
}

function UnboundUser({ onStart }: { onStart: () => void }) {
  return (
    <Card className="login-card" data-testid="dev-unbound">
      <Text className="login-card__name">模拟未绑定的微信用户</Text>
      <Text className="login-card__villages">像第一次打开小程序的人一样：用农户信息或邀请码绑定账号。</Text>
      <Button block type="primary" fill="outline" size="large" data-testid="dev-unbound-start" onClick={onStart}>
        以新微信用户打开
      </Button>
    </Card>
  )
}

/** Cards drawn with the list; the rest follow a batch at a time, so that the first ones can be tapped at once even where there are hundreds of accounts (a district's inspectors). */
const FIRST_CARDS = 8
const CARDS_PER_STEP = 40

/** How many of `total` cards to draw now: FIRST_CARDS, then a batch more after each paint. */
function useGrowingCount(total: number): number {
  const [shown, setShown] = useState(FIRST_CARDS)
  useEffect(() => {
    if (shown >= total) return
    const timer = setTimeout(() => setShown((n) => n + CARDS_PER_STEP), 16)
    return () => clearTimeout(timer)
  }, [shown, total])
  return shown
}

function AccountGroups({ users }: { users: DevUser[] }) {
  const shown = useGrowingCount(users.length)
  let left = shown
  return (
    <>
      {groupByRole(users).map(([role, group]) => {
        const drawn = group.slice(0, Math.max(0, left))
        left -= drawn.length
        return (
          <View key={role} data-testid={`login-group-${role}`}>
            <Text className="section-title login-group__title">
              {ROLE_LABELS[role]}（{group.length} 人）
            </Text>
            {drawn.map((u) => (
              <UserCard key={u.id} user={u} />
            ))}
          </View>
        )
      })}
    </>
  )
}

/**
 * The accounts are asked for as soon as this page's code has loaded, while it draws for
 * the first time, instead of after that. Used once, and only fresh: a list shown later
 * (back from trying a new WeChat user) is asked for again and has the accounts made since.
 */
const PREFETCH_FRESH_MS = 5000
let prefetched: { at: number; users: Promise<Result<DevUser[]>> } | null = IS_WEAPP ? null : { at: Date.now(), users: listDevUsers() }

function loadDevUsers(): Promise<Result<DevUser[]>> {
  const early = prefetched
  prefetched = null
  return early && Date.now() - early.at < PREFETCH_FRESH_MS ? early.users : listDevUsers()
}

export function DevLogin({ inviteCode }: { inviteCode: string | null }) {
  const users = useResult(loadDevUsers, [])
  // A scanned invitation is for a WeChat user: act as one (a new one unless already trying).
  const [unbound, setUnbound] = useState(() => {
    if (inviteCode && !session.devOpenid()) simulateUnboundUser()
    return !!session.devOpenid()
  })
  if (unbound) {
    return (
      <View>
        <BindingScreen inviteCode={inviteCode} />
        <Button
          block
          fill="none"
          size="large"
          data-testid="dev-unbound-back"
          onClick={() => {
            session.signOut()
            setUnbound(false)
          }}
        >
          返回演示账号列表
        </Button>
      </View>
    )
  }
  return (
    <View>
      <UnboundUser
        onStart={() => {
          simulateUnboundUser()
          setUnbound(true)
        }}
      />
      <Text className="auth-lead">本地演示：请选择一个身份登录</Text>
      <AsyncView state={users} onRetry={users.reload} isEmpty={(list) => list.length === 0} emptyText="暂无演示账号">
        {(list) => <AccountGroups users={list} />}
      </AsyncView>
    </View>
  )
}
