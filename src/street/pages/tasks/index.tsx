import { TaskListScreen } from '../../../features/tasks/TaskListScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><TaskListScreen /></FollowSystemFont>
}
