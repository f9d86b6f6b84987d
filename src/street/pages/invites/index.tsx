import { InvitesScreen } from '../../../features/invites/InvitesScreen'

export default function Page() {
  return <InvitesScreen />
}
