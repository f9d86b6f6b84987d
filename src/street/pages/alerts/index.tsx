import { AlertListScreen } from './AlertListScreen'

export default function Page() {
  return <AlertListScreen />
}
