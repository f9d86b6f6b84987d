import { useRouter } from '@tarojs/taro'
import { HouseholdDetailScreen } from '../../../features/households/HouseholdDetailScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><HouseholdDetailScreen householdId={params.id} /></FollowSystemFont>
}
