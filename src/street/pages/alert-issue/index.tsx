import { AlertIssueScreen } from '../../../features/alerts/AlertIssueScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><AlertIssueScreen /></FollowSystemFont>
}
