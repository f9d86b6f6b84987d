import { SampleScreen } from '../../../features/sampling/SampleScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><SampleScreen /></FollowSystemFont>
}
