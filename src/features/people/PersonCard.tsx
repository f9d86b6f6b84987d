// One person of the street: name, roles and villages, and the buttons that take access away.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { PersonGrantView, PersonView } from '@domain'
import { grantText } from '../../format/confirm-texts'
import { Badge } from '../../components/Badge'
import { Card } from '../../components/Card'

export interface PersonActions {
  onRevoke: (p: PersonView, g: PersonGrantView) => void
  onDisable: (p: PersonView, disabled: boolean) => void
  onUnbind: (p: PersonView) => void
}

export function PersonCard({ person: p, actions }: { person: PersonView; actions: PersonActions }) {
  const farmer = p.grants.some((g) => g.role === 'farmer')
  return (
    <Card data-testid="person" data-user-id={p.userId} data-disabled={p.disabled ? 'yes' : 'no'}>
      <View className="st-card-head">
        <Text className="st-card-head__title">
          {p.name}
          {p.isMe ? '（我）' : ''}
        </Text>
        {p.disabled && <Badge tone="danger">已停用</Badge>}
      </View>
      {p.household && (
        <Text className="st-line">
          绑定农户：{p.household.villageName} {p.household.headName} 家
        </Text>
      )}
      {p.grants
        .filter((g) => g.role !== 'farmer')
        .map((g) => (
          <View key={`${g.role}@${g.orgId}`} className="pp-grant" data-testid="person-grant" data-grant={`${g.role}@${g.orgId}`}>
            <Text className="st-line">{grantText(g)}</Text>
            {!(p.isMe && g.role === 'staff') && (
              <Button size="small" fill="outline" type="danger" data-testid="grant-revoke" onClick={() => actions.onRevoke(p, g)}>
                撤销
              </Button>
            )}
          </View>
        ))}
      {p.elsewhere && <Text className="st-line">在其他街道也有身份（只能撤销本街道的权限）</Text>}
      <View className="pp-buttons">
        {farmer && (
          <Button block fill="outline" type="danger" data-testid="person-unbind" onClick={() => actions.onUnbind(p)}>
            解除绑定
          </Button>
        )}
        {!p.isMe && !p.elsewhere && (
          <Button block fill="outline" type={p.disabled ? 'primary' : 'danger'} data-testid={p.disabled ? 'person-enable' : 'person-disable'} onClick={() => actions.onDisable(p, !p.disabled)}>
            {p.disabled ? '恢复使用' : '停用账号'}
          </Button>
        )}
      </View>
    </Card>
  )
}
