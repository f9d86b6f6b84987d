import { useRouter } from '@tarojs/taro'
import { DisasterEventScreen } from '../../../features/disasters/DisasterEventScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  const { params } = useRouter()
  return <DisasterEventScreen eventId={params.eventId} reportPath={ROUTES.inspectorDisasterReport} />
}
