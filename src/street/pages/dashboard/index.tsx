import { DashboardScreen } from '../../../features/dashboard/DashboardScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><DashboardScreen /></FollowSystemFont>
}
