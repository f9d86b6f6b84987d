import { EmergencyScreen } from './EmergencyScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><EmergencyScreen /></FollowSystemFont>
}
