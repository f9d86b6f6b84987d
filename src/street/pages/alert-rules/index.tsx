import { AlertRulesScreen } from '../../../features/alerts/AlertRulesScreen'

export default function Page() {
  return <AlertRulesScreen />
}
