import { useRouter } from '@tarojs/taro'
import { SelfCheckScreen } from '../../../features/selfcheck/SelfCheckScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><SelfCheckScreen houseId={params.houseId} problem={params.problem === '1'} /></FollowSystemFont>
}
