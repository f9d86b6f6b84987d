import { HouseholdListScreen } from '../../../features/households/HouseholdListScreen'
import { HouseholdLedgerTools } from '../../../components/ledger/HouseholdLedgerTools'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><HouseholdListScreen title="本村监测户" detailPath={ROUTES.inspectorHousehold} tools={(filters, me) => <HouseholdLedgerTools villageId={filters.villageId} me={me} />} /></FollowSystemFont>
}
