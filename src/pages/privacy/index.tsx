import { PrivacyScreen } from '../../features/privacy/PrivacyScreen'
import { FollowSystemFont } from '../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><PrivacyScreen /></FollowSystemFont>
}
