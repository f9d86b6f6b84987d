import { NotifyScreen } from '../../features/notify/NotifyScreen'
import { FollowSystemFont } from '../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><NotifyScreen /></FollowSystemFont>
}
