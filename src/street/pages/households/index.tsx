import { HouseholdListScreen } from '../../../features/households/HouseholdListScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  return <HouseholdListScreen title="全街道监测户" detailPath={ROUTES.streetHousehold} />
}
