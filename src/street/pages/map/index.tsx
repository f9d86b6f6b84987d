import { useRouter } from '@tarojs/taro'
import { MapScreen } from '../../../features/map/MapScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><MapScreen villageId={params.villageId} /></FollowSystemFont>
}
