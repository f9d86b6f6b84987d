import { HouseholdListScreen } from '../../../features/households/HouseholdListScreen'
import { HouseholdLedgerTools } from '../../../components/ledger/HouseholdLedgerTools'
import { ROUTES } from '../../../routes'

export default function Page() {
  return (
    <HouseholdListScreen
      title="全街道监测户"
      detailPath={ROUTES.streetHousehold}
      tools={(filters, me) => <HouseholdLedgerTools villageId={filters.villageId} me={me} />}
    />
  )
}
