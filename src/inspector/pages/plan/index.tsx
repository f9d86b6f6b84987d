import { PlanScreen } from '../../../features/patrols/PlanScreen'

export default function Page() {
  return <PlanScreen />
}
