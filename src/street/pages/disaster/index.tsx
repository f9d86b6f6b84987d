import { useRouter } from '@tarojs/taro'
import { DisasterEventScreen } from '../../../features/disasters/DisasterEventScreen'

export default function Page() {
  const { params } = useRouter()
  return <DisasterEventScreen eventId={params.eventId} />
}
