import { HouseholdListScreen } from '../../../features/households/HouseholdListScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  return <HouseholdListScreen title="本村监测户" detailPath={ROUTES.inspectorHousehold} />
}
