import { ReportsScreen } from '../../../features/reports/ReportsScreen'

export default function Page() {
  return <ReportsScreen />
}
