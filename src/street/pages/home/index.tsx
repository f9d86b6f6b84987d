import { StreetMenuScreen } from './StreetMenuScreen'

export default function Page() {
  return <StreetMenuScreen />
}
