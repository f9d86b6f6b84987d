import { AlertListScreen } from '../../../features/alerts/AlertListScreen'

export default function Page() {
  return <AlertListScreen />
}
