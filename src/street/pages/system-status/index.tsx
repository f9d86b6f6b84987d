import { SystemStatusScreen } from '../../../features/notify/SystemStatusScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><SystemStatusScreen /></FollowSystemFont>
}
