import { RenovationPlanScreen } from '../../../features/renovation/RenovationPlanScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><RenovationPlanScreen /></FollowSystemFont>
}
