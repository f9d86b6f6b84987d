import { DistrictHomeScreen } from '../../../features/district/DistrictHomeScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><DistrictHomeScreen /></FollowSystemFont>
}
