// Big buttons, one per role the user holds; the chosen role decides the home page.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ROLE_LABELS, type Me, type Role } from '@domain'

const ROLE_HINTS: Record<Role, string> = {
  farmer: '查看我家的房屋',
  inspector: '查看本村监测户',
  staff: '管理全街道监测户',
  appraiser: '查看房屋鉴定情况',
  leader: '查看全街道总览',
  district: '查看全区各街道，接收季度报表',
}

export function RoleChooser({ me, current, onChoose }: { me: Me; current: Role | null; onChoose: (role: Role) => void }) {
  return (
    <View className="role-chooser" data-testid="role-chooser">
      <Text className="auth-title">您好，{me.name}</Text>
      <Text className="auth-lead">您有 {me.roles.length} 个身份，请选择这次要用的身份：</Text>
      {me.roles.map((role) => (
        <View key={role} className="role-chooser__item">
          <Button
            block
            size="large"
            type={role === current ? 'primary' : 'default'}
            data-testid={`role-option-${role}`}
            onClick={() => onChoose(role)}
          >
            {ROLE_LABELS[role]}
            {role === current ? '（当前）' : ''}
          </Button>
          <Text className="hint">{ROLE_HINTS[role]}</Text>
        </View>
      ))}
    </View>
  )
}
