import { useRouter } from '@tarojs/taro'
import { PatrolFormScreen } from '../../../features/patrols/PatrolFormScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><PatrolFormScreen params={params} /></FollowSystemFont>
}
