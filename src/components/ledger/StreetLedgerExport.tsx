// The ledger export card for a street page that has no village filter of its own (the
// overview): shown to roles that may export, over the user's villages.
import { useMe } from '../../hooks/useMe'
import { canCall } from '../../services/access'
import { useActiveRole } from '../../hooks/useActiveRole'
import { LedgerExportCard } from './LedgerExportCard'

export function StreetLedgerExport() {
  const me = useMe()
  const role = useActiveRole()
  if (me.status !== 'ok' || !canCall('ledger.export', role)) return null
  return <LedgerExportCard villages={me.data.villages} streetName={me.data.street?.name ?? '本街道'} />
}
