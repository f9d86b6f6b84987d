import { ImportListScreen } from '../../../features/imports/ImportListScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><ImportListScreen /></FollowSystemFont>
}
