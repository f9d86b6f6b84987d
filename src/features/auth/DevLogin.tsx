// Local demo only: the host's demo accounts as big cards, grouped by their first role.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Tag } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Role } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { listDevUsers, type DevUser } from '../../services/auth'
import { session } from '../../services/session'
import { ROUTES } from '../../routes'

function villagesText(villages: string[]): string {
  if (villages.length <= 2) return villages.join('、')
  return `${villages.slice(0, 2).join('、')} 等 ${villages.length} 个村（社区）`
}

/** Street roles first; the many farmers last. */
const GROUP_ORDER: Role[] = ['leader', 'staff', 'appraiser', 'inspector', 'farmer']

function groupByRole(users: DevUser[]): [Role, DevUser[]][] {
  return GROUP_ORDER.map((role): [Role, DevUser[]] => [role, users.filter((u) => u.roles[0] === role)]).filter(([, list]) => list.length > 0)
}

function UserCard({ user }: { user: DevUser }) {
  const signIn = () => {
    session.signInAsDevUser(user.id)
    void Taro.reLaunch({ url: ROUTES.home })
  }
  return (
    <View className="card login-card" data-testid={`login-user-${user.id}`} onClick={signIn}>
      <Text className="login-card__name">{user.name}</Text>
      <View className="tags login-card__roles">
        {user.roles.map((r) => (
          <Tag key={r} background="#e8f0fa" color="#1f5fa8">
            {ROLE_LABELS[r]}
          </Tag>
        ))}
      </View>
      {user.villages.length > 0 && <Text className="login-card__villages">{villagesText(user.villages)}</Text>}
      <Button block type="primary" size="large">
        以此身份登录
      </Button>
    </View>
  )
}

export function DevLogin() {
  const users = useResult(listDevUsers, [])
  return (
    <View>
      <Text className="auth-lead">本地演示：请选择一个身份登录</Text>
      <AsyncView state={users} onRetry={users.reload} isEmpty={(list) => list.length === 0} emptyText="暂无演示账号">
        {(list) =>
          groupByRole(list).map(([role, group]) => (
            <View key={role} data-testid={`login-group-${role}`}>
              <Text className="section-title login-group__title">
                {ROLE_LABELS[role]}（{group.length} 人）
              </Text>
              {group.map((u) => (
                <UserCard key={u.id} user={u} />
              ))}
            </View>
          ))
        }
      </AsyncView>
    </View>
  )
}
