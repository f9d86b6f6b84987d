import { InboxScreen } from '../../features/inbox/InboxScreen'
import { FollowSystemFont } from '../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><InboxScreen /></FollowSystemFont>
}
