// Open tasks in the user's villages: checks of newly listed households and street patrol
// houses, soonest due first, overdue ones in red. A task opens its household; a street
// patrol task opens the patrol form of its house (kind street). The
// dashboard's 逾期任务 figure opens it on 已逾期, for its village when it has one.
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Me, TaskView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { listTasks } from '../../services/task'
import { ROUTES } from '../../routes'
import { dayText } from '../../format/time'
import { PagedList } from '../../components/PagedList'
import { VillagePicker } from '../../components/VillagePicker'
import { usePaged } from '../../hooks/usePaged'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { taskFilterFromLink, type TaskFilter } from '../../components/linked-filter'
import { UNIT } from '../../format/figures'
import { TaskFilterTabs } from '../../components/TaskFilterTabs'
import '../../components/street.css'
import { Badge, type BadgeTone } from '../../components/Badge'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './tasks.css'

const PAGE_SIZE = 20

export const TASK_KIND_LABELS: Record<TaskView['kind'], string> = {
  newListingCheck: '新纳入核查',
  streetPatrol: '街道随机巡查',
  emergencyPatrol: '应急巡查',
  evacuationConfirm: '确认转移',
}

const KIND_TONE: Record<TaskView['kind'], BadgeTone> = {
  newListingCheck: 'warn',
  streetPatrol: 'info',
  emergencyPatrol: 'danger',
  evacuationConfirm: 'danger',
}

const patrolUrl = (t: TaskView) => `${ROUTES.inspectorPatrol}?houseId=${encodeURIComponent(t.houseId!)}&taskId=${encodeURIComponent(t.id)}&kind=street`

function TaskItem({ task }: { task: TaskView }) {
  const patrol = task.kind === 'streetPatrol' && !!task.houseId
  const open = () => void Taro.navigateTo({ url: patrol ? patrolUrl(task) : `${ROUTES.streetHousehold}?id=${encodeURIComponent(task.householdId)}` })
  return (
    <Card className={`task-item${task.overdue ? ' task-item--overdue' : ''}`} data-testid="task-item" data-task-id={task.id} data-overdue={task.overdue} onClick={open}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{task.householdNameMasked || '（无姓名）'}</Text>
        <Badge tone={KIND_TONE[task.kind]}>{TASK_KIND_LABELS[task.kind]}</Badge>
      </View>
      <Text className="st-line">{task.villageName}</Text>
      {task.title !== TASK_KIND_LABELS[task.kind] && <Text className="st-line">{task.title}</Text>}
      <Text className={task.overdue ? 'task-item__due st-danger' : 'task-item__due'} data-testid="task-due">
        {task.overdue ? '已逾期 · ' : ''}
        {dayText(task.dueDate)}前完成
      </Text>
      <Text className="item-more" data-testid={patrol ? 'task-start-patrol' : undefined}>
        {patrol ? '开始巡查 ›' : '查看这户 ›'}
      </Text>
    </Card>
  )
}

function TaskList({ filter }: { filter: TaskFilter }) {
  const { villageId, overdueOnly } = filter
  const list = usePaged<TaskView>((page) => listTasks({ villageId, status: 'open', overdueOnly, page, pageSize: PAGE_SIZE }), `${villageId ?? 'all'}:${overdueOnly}`)
  useReloadOnShow(list.reload)
  return (
    <PagedList
      list={list}
      render={(t) => <TaskItem key={t.id} task={t} />}
      totalText={(n) => (overdueOnly ? `已逾期 ${n} 项` : `待办 ${n} 项`)}
      unit={UNIT.task}
      emptyText={overdueOnly ? '没有逾期的任务' : '没有待办任务'}
      testId="task-list"
    />
  )
}

function TasksBody({ me }: { me: Me }) {
  const { params } = useRouter()
  const [filter, setFilter] = useState<TaskFilter>(() => taskFilterFromLink(params, me.villages))
  return (
    <View>
      <TaskFilterTabs overdueOnly={filter.overdueOnly} onChange={(overdueOnly) => setFilter({ ...filter, overdueOnly })} />
      {me.villages.length > 1 && (
        <View className="st-field">
          <VillagePicker villages={me.villages} value={filter.villageId} onChange={(villageId) => setFilter({ ...filter, villageId })} testId="task-village" />
        </View>
      )}
      <TaskList filter={filter} />
    </View>
  )
}

export function TaskListScreen() {
  const me = useMe()
  return (
    <View className="page st-page">
      <PageTitle>待办任务</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <TasksBody me={user} />}
      </AsyncView>
    </View>
  )
}
