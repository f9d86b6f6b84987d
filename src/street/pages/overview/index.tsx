import { OverviewScreen } from './OverviewScreen'

export default function Page() {
  return <OverviewScreen />
}
