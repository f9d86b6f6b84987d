// Above a household list: export the ledger of the village picked in the filters, or of
// the whole street when none is picked, and print the village's house plates — each for
// the roles that may.
import type { Me } from '@domain'
import { canCall } from '../../services/access'
import { useActiveRole } from '../../hooks/useActiveRole'
import { View, Text } from '@tarojs/components'
import { LedgerExportButton } from './LedgerExportButton'
import { PlatesButton } from './PlatesButton'

export function HouseholdLedgerTools({ villageId, me }: { villageId: string | undefined; me: Me }) {
  const role = useActiveRole()
  // An inspector of one village prints his village's plates without picking it.
  const village = me.villages.find((v) => v.id === villageId) ?? (me.villages.length === 1 ? me.villages[0] : undefined)
  return (
    <View>
      {canCall('ledger.export', role) && <LedgerExportButton key={villageId ?? 'all'} villageId={village?.id} scopeName={village ? village.name : '全街道'} />}
      {canCall('plates.sheet', role) &&
        (village ? <PlatesButton key={village.id} villageId={village.id} villageName={village.name} /> : <Text className="st-line">选一个村（社区），可以打印它的房屋门牌</Text>)}
    </View>
  )
}
