// 全部待办 / 已逾期 above a task list. A dashboard figure opens the list on 已逾期
// (?overdue=1); the tab shows that the list is filtered and one tap on 全部待办 undoes it.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './task-tabs.css'

interface Props {
  overdueOnly: boolean
  onChange: (overdueOnly: boolean) => void
}

const TABS = [
  { overdue: false, label: '全部待办', testId: 'task-tab-all' },
  { overdue: true, label: '已逾期', testId: 'task-tab-overdue' },
] as const

export function TaskFilterTabs({ overdueOnly, onChange }: Props) {
  return (
    <View className="task-tabs" data-testid="task-tabs" data-overdue-only={overdueOnly}>
      {TABS.map((t) => (
        <Button
          key={t.testId}
          size="large"
          type={overdueOnly === t.overdue ? (t.overdue ? 'danger' : 'primary') : 'default'}
          data-testid={t.testId}
          data-active={overdueOnly === t.overdue}
          onClick={() => onChange(t.overdue)}
        >
          {t.label}
        </Button>
      ))}
    </View>
  )
}
