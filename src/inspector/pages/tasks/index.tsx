import { TasksScreen } from '../../../features/patrols/TasksScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><TasksScreen /></FollowSystemFont>
}
