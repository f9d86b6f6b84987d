import { useRouter } from '@tarojs/taro'
import { HouseholdDetailScreen } from '../../../features/households/HouseholdDetailScreen'

export default function Page() {
  const { params } = useRouter()
  return <HouseholdDetailScreen householdId={params.id} />
}
