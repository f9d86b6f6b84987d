import { InspectorHomeScreen } from '../../../features/inspector-home/InspectorHomeScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><InspectorHomeScreen /></FollowSystemFont>
}
