import { LoginScreen } from '../../features/auth/LoginScreen'
import { FollowSystemFont } from '../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><LoginScreen /></FollowSystemFont>
}
