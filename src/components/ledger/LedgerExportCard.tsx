// The ledger export with its own choice of scope: the whole street or one village.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { OrgView } from '@domain'
import { VillagePicker } from '../VillagePicker'
import { LedgerExportButton } from './LedgerExportButton'
import '../street.css'
import { Card } from '../../components/Card'

export function LedgerExportCard({ villages, streetName }: { villages: OrgView[]; streetName: string }) {
  const [villageId, setVillageId] = useState<string | undefined>()
  const village = villages.find((v) => v.id === villageId)
  return (
    <Card data-testid="ledger-export-card">
      <Text className="st-field__label">导出监测台账</Text>
      <View className="st-field">
        <VillagePicker villages={villages} value={villageId} onChange={setVillageId} allLabel={`全街道（${streetName}）`} testId="ledger-village" />
      </View>
      <LedgerExportButton villageId={villageId} scopeName={village ? village.name : '全街道'} />
    </Card>
  )
}
