import { HousingScreen } from '../../../features/housing/HousingScreen'

export default function Page() {
  return <HousingScreen />
}
