import { CoverageScreen } from '../../../features/coverage/CoverageScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><CoverageScreen /></FollowSystemFont>
}
