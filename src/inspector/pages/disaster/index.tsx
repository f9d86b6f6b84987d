import { useRouter } from '@tarojs/taro'
import { DisasterEventScreen } from '../../../features/disasters/DisasterEventScreen'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><DisasterEventScreen eventId={params.eventId} reportPath={ROUTES.inspectorDisasterReport} /></FollowSystemFont>
}
