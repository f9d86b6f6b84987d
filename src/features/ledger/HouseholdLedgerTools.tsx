// Above the street's household list: export the ledger of the village picked in the
// filters, or of the whole street when none is picked — for roles that may export.
import type { Me } from '@domain'
import { canCall } from '../street/access'
import { useActiveRole } from '../street/useActiveRole'
import { LedgerExportButton } from './LedgerExportButton'

export function HouseholdLedgerTools({ villageId, me }: { villageId: string | undefined; me: Me }) {
  const role = useActiveRole()
  if (!canCall('ledger.export', role)) return null
  const village = me.villages.find((v) => v.id === villageId)
  return <LedgerExportButton key={villageId ?? 'all'} villageId={village?.id} scopeName={village ? village.name : '全街道'} />
}
