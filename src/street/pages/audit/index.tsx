import { AuditScreen } from '../../../features/accountability/AuditScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><AuditScreen /></FollowSystemFont>
}
