import { RenovationPlanScreen } from '../../../features/renovation/RenovationPlanScreen'

export default function Page() {
  return <RenovationPlanScreen />
}
