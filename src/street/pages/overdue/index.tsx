import { OverdueScreen } from '../../../features/accountability/OverdueScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><OverdueScreen /></FollowSystemFont>
}
