import { StreetMenuScreen } from './StreetMenuScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><StreetMenuScreen /></FollowSystemFont>
}
