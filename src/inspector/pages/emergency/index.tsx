import { EmergencyScreen } from '../../../features/alerts/EmergencyScreen'

export default function Page() {
  return <EmergencyScreen />
}
