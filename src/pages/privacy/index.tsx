import { PrivacyScreen } from '../../features/privacy/PrivacyScreen'

export default function Page() {
  return <PrivacyScreen />
}
