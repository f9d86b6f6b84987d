import { HomeScreen } from '../../features/auth/HomeScreen'

export default function Page() {
  return <HomeScreen />
}
