import { LoginScreen } from '../../features/auth/LoginScreen'

export default function Page() {
  return <LoginScreen />
}
