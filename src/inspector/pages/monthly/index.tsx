import { MonthlyStatsScreen } from '../../../features/patrols/MonthlyStatsScreen'

export default function Page() {
  return <MonthlyStatsScreen />
}
