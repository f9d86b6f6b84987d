import { AlertListScreen } from './AlertListScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><AlertListScreen /></FollowSystemFont>
}
