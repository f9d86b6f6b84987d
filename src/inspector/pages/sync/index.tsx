import { QueueScreen } from '../../../features/offline/QueueScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><QueueScreen /></FollowSystemFont>
}
