// Open tasks in the user's villages: checks of newly listed households and street patrol
// houses, soonest due first, overdue ones in red. A task opens its household.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { TaskView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { listTasks } from '../../services/tasks'
import { ROUTES } from '../../routes'
import { dateText } from '../households/format'
import { PagedList } from '../street/PagedList'
import { VillagePicker } from '../street/VillagePicker'
import { usePaged } from '../street/usePaged'
import { useReloadOnShow } from '../street/useReloadOnShow'
import '../street/street.css'
import './tasks.css'

const PAGE_SIZE = 20

export const TASK_KIND_LABELS: Record<TaskView['kind'], string> = {
  newListingCheck: '新纳入核查',
  streetPatrol: '街道随机巡查',
  emergencyPatrol: '应急巡查',
}

const KIND_TONE: Record<TaskView['kind'], string> = {
  newListingCheck: 'st-badge--warn',
  streetPatrol: 'st-badge--info',
  emergencyPatrol: 'st-badge--danger',
}

function TaskItem({ task }: { task: TaskView }) {
  const open = () => void Taro.navigateTo({ url: `${ROUTES.streetHousehold}?id=${encodeURIComponent(task.householdId)}` })
  return (
    <View className={`card task-item${task.overdue ? ' task-item--overdue' : ''}`} data-testid="task-item" data-task-id={task.id} data-overdue={task.overdue} onClick={open}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{task.householdNameMasked || '（无姓名）'}</Text>
        <Text className={`st-badge ${KIND_TONE[task.kind]}`}>{TASK_KIND_LABELS[task.kind]}</Text>
      </View>
      <Text className="st-line">{task.villageName}</Text>
      {task.title !== TASK_KIND_LABELS[task.kind] && <Text className="st-line">{task.title}</Text>}
      <Text className={task.overdue ? 'task-item__due st-danger' : 'task-item__due'} data-testid="task-due">
        {task.overdue ? '已逾期 · ' : ''}
        {dateText(task.dueDate)}前完成
      </Text>
      <Text className="task-item__more">查看这户 ›</Text>
    </View>
  )
}

function TaskList({ villageId }: { villageId: string | undefined }) {
  const list = usePaged<TaskView>((page) => listTasks({ villageId, status: 'open', page, pageSize: PAGE_SIZE }), villageId ?? 'all')
  useReloadOnShow(list.reload)
  return <PagedList list={list} render={(t) => <TaskItem key={t.id} task={t} />} totalText={(n) => `待办 ${n} 项`} emptyText="没有待办任务" testId="task-list" />
}

export function TaskListScreen() {
  const me = useMe()
  const [villageId, setVillageId] = useState<string | undefined>()
  return (
    <View className="page st-page">
      <Text className="st-title">待办任务</Text>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => (
          <View>
            {user.villages.length > 1 && (
              <View className="st-field">
                <VillagePicker villages={user.villages} value={villageId} onChange={setVillageId} testId="task-village" />
              </View>
            )}
            <TaskList villageId={villageId} />
          </View>
        )}
      </AsyncView>
    </View>
  )
}
