import { InboxScreen } from '../../features/inbox/InboxScreen'

export default function Page() {
  return <InboxScreen />
}
