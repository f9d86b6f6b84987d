import { MonthlyStatsScreen } from '../../../features/patrols/MonthlyStatsScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><MonthlyStatsScreen /></FollowSystemFont>
}
