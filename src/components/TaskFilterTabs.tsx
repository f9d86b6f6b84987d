// 全部待办 / 已逾期 above a task list. A dashboard figure opens the list on 已逾期
// (?overdue=1); the tab shows that the list is filtered and one tap on 全部待办 undoes it.
import { Tabs } from './Tabs'

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
    <Tabs
      items={TABS.map((t) => ({ key: t.overdue, label: t.label, testId: t.testId, activeType: t.overdue ? 'danger' : 'primary' }))}
      value={overdueOnly}
      onChange={onChange}
      size="large"
      data-testid="task-tabs"
      data-overdue-only={overdueOnly}
    />
  )
}
