import { TasksScreen } from '../../../features/patrols/TasksScreen'

export default function Page() {
  return <TasksScreen />
}
