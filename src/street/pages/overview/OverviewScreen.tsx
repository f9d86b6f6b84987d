// The leader's overview: per village the monitored households, houses by grade, and the
// occupied C/D houses in red — the figure that needs action. A total row comes first.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { VillageCounts } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { RoleBar } from '../../../components/RoleBar'
import { useResult } from '../../../hooks/useResult'
import { useMe } from '../../../hooks/useMe'
import { streetPlace } from '../../../format/place'
import { villageCounts } from '../../../services/stats'
import { ROUTES } from '../../../routes'
import { CriticalBanner } from '../../../components/CriticalBanner'
import { StreetLedgerExport } from '../../../components/ledger/StreetLedgerExport'
import { sumCounts } from '../../../features/overview/totals'
import { VillageRow } from '../../../features/overview/VillageRow'
import '../../../features/households/households.css'
import '../../../features/overview/overview.css'
import { PageTitle } from '../../../components/PageTitle'

export function OverviewScreen() {
  const counts = useResult(villageCounts, [])
  const me = useMe()
  return (
    <View className="page">
      <RoleBar />
      <PageTitle data-testid="overview-title">{me.status === 'ok' ? streetPlace(me.data, '全街道') : '全街道'}房屋安全总览</PageTitle>
      <CriticalBanner />
      <AsyncView state={counts} onRetry={counts.reload} isEmpty={(rows: VillageCounts[]) => rows.length === 0}>
        {(rows) => (
          <View>
            <VillageRow counts={sumCounts(rows)} total />
            <StreetLedgerExport />
            <Text className="section-title">各村（社区）情况</Text>
            {rows.map((r) => (
              <VillageRow key={r.villageId} counts={r} />
            ))}
            <Button block size="large" type="primary" fill="outline" data-testid="open-households" onClick={() => void Taro.navigateTo({ url: ROUTES.streetHouseholds })}>
              查看监测户名单
            </Button>
          </View>
        )}
      </AsyncView>
    </View>
  )
}
