import { MyHouseScreen } from '../../../features/farmer/MyHouseScreen'

export default function Page() {
  return <MyHouseScreen />
}
