import { useRouter } from '@tarojs/taro'
import { CaseScreen } from '../../../features/cases/CaseScreen'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><CaseScreen caseId={params.id ?? params.caseId} startWith={params.record === 'evacuation' ? 'evacuation' : undefined} householdPath={ROUTES.streetHousehold} /></FollowSystemFont>
}
