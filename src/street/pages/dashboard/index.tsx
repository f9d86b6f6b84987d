import { DashboardScreen } from '../../../features/dashboard/DashboardScreen'

export default function Page() {
  return <DashboardScreen />
}
