import { useRouter } from '@tarojs/taro'
import { HouseRegisterScreen } from '../../../features/patrols/houses/HouseRegisterScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

/** Opened from the plan's 待登记房屋 row or the household page (?householdId=). */
export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><HouseRegisterScreen params={params} /></FollowSystemFont>
}
