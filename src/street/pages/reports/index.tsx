import { ReportsScreen } from '../../../features/reports/ReportsScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><ReportsScreen /></FollowSystemFont>
}
