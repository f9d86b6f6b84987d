import { SheltersScreen } from '../../../features/shelters/SheltersScreen'

export default function Page() {
  return <SheltersScreen />
}
