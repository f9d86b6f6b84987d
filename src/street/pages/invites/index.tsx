import { InvitesScreen } from '../../../features/invites/InvitesScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><InvitesScreen /></FollowSystemFont>
}
