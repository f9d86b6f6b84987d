import { ImportNewScreen } from '../../../features/imports/ImportNewScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><ImportNewScreen /></FollowSystemFont>
}
