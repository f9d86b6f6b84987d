import { TaskListScreen } from '../../../features/tasks/TaskListScreen'

export default function Page() {
  return <TaskListScreen />
}
