import { useRouter } from '@tarojs/taro'
import { HouseEditScreen } from '../../../features/patrols/houses/HouseEditScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

/** Opened from the house page or the household page (?houseId=). */
export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><HouseEditScreen houseId={params.houseId} /></FollowSystemFont>
}
