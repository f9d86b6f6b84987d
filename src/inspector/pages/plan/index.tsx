import { PlanScreen } from '../../../features/patrols/PlanScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><PlanScreen /></FollowSystemFont>
}
