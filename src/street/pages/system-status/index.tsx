import { SystemStatusScreen } from '../../../features/notify/SystemStatusScreen'

export default function Page() {
  return <SystemStatusScreen />
}
