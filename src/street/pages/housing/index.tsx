import { HousingScreen } from '../../../features/housing/HousingScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><HousingScreen /></FollowSystemFont>
}
