import { StreetMenuScreen } from '../../../features/street/StreetMenuScreen'

export default function Page() {
  return <StreetMenuScreen />
}
