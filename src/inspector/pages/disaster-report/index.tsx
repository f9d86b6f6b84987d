import { useRouter } from '@tarojs/taro'
import { DisasterReportScreen } from '../../../features/disasters/DisasterReportScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><DisasterReportScreen eventId={params.eventId} /></FollowSystemFont>
}
