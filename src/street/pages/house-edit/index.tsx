import { useRouter } from '@tarojs/taro'
import { HouseEditScreen } from '../../../features/patrols/houses/HouseEditScreen'

/** Opened from the house page or the household page (?houseId=). */
export default function Page() {
  const { params } = useRouter()
  return <HouseEditScreen houseId={params.houseId} />
}
