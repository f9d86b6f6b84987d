import { SheltersScreen } from '../../../features/shelters/SheltersScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><SheltersScreen /></FollowSystemFont>
}
