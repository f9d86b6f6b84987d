// 待办任务 for the inspector: checks of newly listed households (due by the 20th) and the
// houses the street drew for its random patrol, overdue in red. A new-listing check opens
// 登记房屋 when the household has no house yet, else the house to patrol; the task is done
// once a house is registered and patrolled. The dashboard's 逾期任务 figure
// opens it on 已逾期 (?overdue=1).
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { HouseView, TaskView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { getHousehold } from '../../services/household'
import { listTasks } from '../../services/task'
import { ROUTES } from '../../routes'
import { dayText } from '../../format/time'
import { overdueFromLink } from '../../components/linked-filter'
import { TaskFilterTabs } from '../../components/TaskFilterTabs'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import '../../components/form/field-parts.css'
import '../../components/village-chooser.css'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './field.css'

export const TASK_KIND_TEXT: Record<TaskView['kind'], string> = { newListingCheck: '新纳入核查', streetPatrol: '街道随机巡查', emergencyPatrol: '应急巡查', evacuationConfirm: '确认转移' }

/** The inspector closes new-listing checks (routine patrol) and emergency patrols; street patrol tasks stay the street's. */
function patrolFor(task: TaskView): { taskId?: string; kind?: 'emergency' } {
  if (task.kind === 'newListingCheck') return { taskId: task.id }
  if (task.kind === 'emergencyPatrol' || task.kind === 'evacuationConfirm') return { taskId: task.id, kind: 'emergency' }
  return {}
}

function openHouse(houseId: string, task: TaskView): void {
  const { taskId, kind } = patrolFor(task)
  const query = [`houseId=${encodeURIComponent(houseId)}`, taskId ? `taskId=${encodeURIComponent(taskId)}` : '', kind ? `kind=${kind}` : ''].filter(Boolean).join('&')
  void Taro.navigateTo({ url: `${ROUTES.inspectorHouse}?${query}` })
}

function TaskItem({ task, onOpen }: { task: TaskView; onOpen: (t: TaskView) => void }) {
  return (
    <Card className={`task${task.overdue ? ' task--overdue' : ''}`} data-testid="task-item" data-task-id={task.id} data-overdue={task.overdue} onClick={() => onOpen(task)}>
      <View className="task__head">
        <Text className="task__name">{task.householdNameMasked || '（无姓名）'}</Text>
        <Text className={`task__kind task__kind--${task.kind}`}>{TASK_KIND_TEXT[task.kind]}</Text>
      </View>
      <Text className="task__line">{task.villageName}</Text>
      <Text className={`task__due${task.overdue ? ' text-danger' : ''}`} data-testid="task-due">
        {task.overdue ? '已逾期 · ' : ''}
        {dayText(task.dueDate)}前完成
      </Text>
      <Text className="task__hint">{task.kind === 'streetPatrol' ? '街道已抽查过这户 ›' : task.kind === 'emergencyPatrol' ? '极端天气，请尽快去看这户 ›' : task.kind === 'evacuationConfirm' ? '危房有人住：请确认这户已转移到安全的地方 ›' : '登记房屋并巡查一次，就办完了 ›'}</Text>
    </Card>
  )
}

export function TasksScreen() {
  const { params } = useRouter()
  const [overdueOnly, setOverdueOnly] = useState(() => overdueFromLink(params))
  const tasks = useResult(() => listTasks({ status: 'open', overdueOnly, pageSize: 50 }), [overdueOnly])
  const [choice, setChoice] = useState<{ task: TaskView; houses: HouseView[] } | null>(null)
  const [error, setError] = useState('')
  useReloadOnShow(tasks.reload)

  const open = async (task: TaskView) => {
    setError('')
    if (task.houseId) return openHouse(task.houseId, task)
    const hh = await getHousehold(task.householdId)
    if (!hh.ok) return setError(hh.message)
    const houses = hh.data.houses.filter((h) => !h.retiredAt)
    // A newly listed household has no house yet: the check starts by registering it.
    if (houses.length === 0) return void Taro.navigateTo({ url: `${ROUTES.inspectorHouseRegister}?householdId=${encodeURIComponent(task.householdId)}` })
    if (houses.length === 1) return openHouse(houses[0]!.id, task)
    setChoice({ task, houses })
  }

  return (
    <View className="page">
      <PageTitle space="s">待办任务</PageTitle>
      {error && <Text className="notice notice--strong notice--danger form-error">{error}</Text>}
      <TaskFilterTabs overdueOnly={overdueOnly} onChange={setOverdueOnly} />
      <AsyncView state={tasks} onRetry={tasks.reload} isEmpty={(p) => p.items.length === 0} emptyText={overdueOnly ? '没有逾期的任务' : '没有待办任务'}>
        {(page) => (
          <View data-testid="task-list">
            <Text className="field-lead">{overdueOnly ? `已逾期 ${page.total} 项，请尽快去办` : `共 ${page.total} 项，逾期 ${page.items.filter((t) => t.overdue).length} 项`}</Text>
            {page.items.map((t) => (
              <TaskItem key={t.id} task={t} onOpen={(x) => void open(x)} />
            ))}
          </View>
        )}
      </AsyncView>
      <Popup visible={choice !== null} position="bottom" round closeable title="这户有几栋房屋，巡查哪一栋？" onClose={() => setChoice(null)}>
        <View className="village-sheet">
          {choice?.houses.map((h, i) => (
            <Button
              key={h.id}
              block
              size="large"
              data-testid={`task-house-${h.id}`}
              onClick={() => {
                setChoice(null)
                openHouse(h.id, choice.task)
              }}
            >
              第 {i + 1} 栋：{h.address}
            </Button>
          ))}
        </View>
      </Popup>
    </View>
  )
}
