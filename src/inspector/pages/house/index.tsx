import { useRouter } from '@tarojs/taro'
import { HouseScreen } from '../../../features/patrols/HouseScreen'

/** Opened from the plan (?houseId=) or from a house plate's 小程序码 (?scene=h%3D<houseId>). */
export default function Page() {
  const { params } = useRouter()
  return <HouseScreen params={params} />
}
