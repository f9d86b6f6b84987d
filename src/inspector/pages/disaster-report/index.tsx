import { useRouter } from '@tarojs/taro'
import { DisasterReportScreen } from '../../../features/disasters/DisasterReportScreen'

export default function Page() {
  const { params } = useRouter()
  return <DisasterReportScreen eventId={params.eventId} />
}
