import { useRouter } from '@tarojs/taro'
import { MapScreen } from '../../../features/map/MapScreen'

export default function Page() {
  const { params } = useRouter()
  return <MapScreen villageId={params.villageId} />
}
