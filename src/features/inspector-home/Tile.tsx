// A big square button of the home screen: icon, name, a short status line, a red alert
// line when something is overdue, and a count badge.
import { View, Text } from '@tarojs/components'
import './home.css'

interface Props {
  icon: string
  title: string
  sub?: string
  alert?: string
  badge?: number
  testId: string
  onClick: () => void
}

export function Tile({ icon, title, sub, alert, badge, testId, onClick }: Props) {
  return (
    <View className={`tile${alert ? ' tile--alert' : ''}`} data-testid={testId} onClick={onClick}>
      {badge !== undefined && badge > 0 && (
        <Text className="tile__badge" data-testid={`${testId}-badge`}>
          {badge > 99 ? '99+' : badge}
        </Text>
      )}
      <Text className="tile__icon">{icon}</Text>
      <Text className="tile__title">{title}</Text>
      {sub && <Text className="tile__sub">{sub}</Text>}
      {alert && <Text className="tile__alert">{alert}</Text>}
    </View>
  )
}
