import { EmergencyScreen } from './EmergencyScreen'

export default function Page() {
  return <EmergencyScreen />
}
