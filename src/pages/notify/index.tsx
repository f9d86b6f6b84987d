import { NotifyScreen } from '../../features/notify/NotifyScreen'

export default function Page() {
  return <NotifyScreen />
}
