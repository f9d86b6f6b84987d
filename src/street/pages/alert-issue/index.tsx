import { AlertIssueScreen } from '../../../features/alerts/AlertIssueScreen'

export default function Page() {
  return <AlertIssueScreen />
}
