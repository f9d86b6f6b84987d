import { useRouter } from '@tarojs/taro'
import { CaseScreen } from '../../../features/cases/CaseScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  const { params } = useRouter()
  return <CaseScreen caseId={params.id ?? params.caseId} startWith={params.record === 'evacuation' ? 'evacuation' : undefined} householdPath={ROUTES.inspectorHousehold} />
}
