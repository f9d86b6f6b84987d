import { OverviewScreen } from './OverviewScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><OverviewScreen /></FollowSystemFont>
}
