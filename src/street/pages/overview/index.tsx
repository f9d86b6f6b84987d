import { OverviewScreen } from '../../../features/overview/OverviewScreen'

export default function Page() {
  return <OverviewScreen />
}
