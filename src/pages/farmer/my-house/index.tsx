import { MyHouseScreen } from './MyHouseScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><MyHouseScreen /></FollowSystemFont>
}
