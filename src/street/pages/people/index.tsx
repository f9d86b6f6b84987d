import { PeopleScreen } from '../../../features/people/PeopleScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><PeopleScreen /></FollowSystemFont>
}
