import { useRouter } from '@tarojs/taro'
import { HouseScreen } from '../../../features/patrols/HouseScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

/** Opened from the plan (?houseId=) or from a house plate's 小程序码 (?scene=h%3D<houseId>). */
export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><HouseScreen params={params} /></FollowSystemFont>
}
