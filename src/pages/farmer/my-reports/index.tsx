import { MyReportsScreen } from '../../../features/selfcheck/MyReportsScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><MyReportsScreen /></FollowSystemFont>
}
