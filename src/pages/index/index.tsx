import { HomeScreen } from '../../features/auth/HomeScreen'
import { FollowSystemFont } from '../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><HomeScreen /></FollowSystemFont>
}
