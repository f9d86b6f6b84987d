import { DistrictStreetScreen } from '../../../features/district/DistrictStreetScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><DistrictStreetScreen /></FollowSystemFont>
}
