import { HouseholdListScreen } from '../../../features/households/HouseholdListScreen'
import { HouseholdLedgerTools } from '../../../components/ledger/HouseholdLedgerTools'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'
import { streetName } from '../../../format/place'

export default function Page() {
  return (
    <FollowSystemFont>
      <HouseholdListScreen
        title={(me) => `${streetName(me, '全街道')}监测户`}
        detailPath={ROUTES.streetHousehold}
        tools={(filters, me) => <HouseholdLedgerTools villageId={filters.villageId} me={me} />}
      />
    </FollowSystemFont>
  )
}
