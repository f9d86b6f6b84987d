import { MyHouseScreen } from './MyHouseScreen'

export default function Page() {
  return <MyHouseScreen />
}
