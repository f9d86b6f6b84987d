import { DistrictReportsScreen } from '../../../features/district/DistrictReportsScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><DistrictReportsScreen /></FollowSystemFont>
}
