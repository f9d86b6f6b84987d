import { AlertRulesScreen } from '../../../features/alerts/AlertRulesScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><AlertRulesScreen /></FollowSystemFont>
}
