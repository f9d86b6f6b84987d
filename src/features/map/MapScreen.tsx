// 一张图: one village's monitored houses placed where they stand, coloured by what matters
// most about each now (C/D with people inside in red). Tap a house for its card.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { MapHouse, Me } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { mapHouses } from '../../services/map'
import { ROUTES } from '../../routes'
import { useActiveRole } from '../../hooks/useActiveRole'
import { VillagePicker } from '../../components/VillagePicker'
import { HouseCard } from './HouseCard'
import { HouseMap } from './HouseMap'
import { MapLegend } from './MapLegend'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './map.css'

function VillageMap({ villageId, householdPath }: { villageId: string; householdPath: string }) {
  const houses = useResult(() => mapHouses(villageId), [villageId])
  const [selected, setSelected] = useState<MapHouse | null>(null)
  // The card opens under the map: bring it into view.
  useEffect(() => {
    if (selected) void Taro.pageScrollTo({ selector: '.mp-card', duration: 200 }).catch(() => undefined)
  }, [selected])
  return (
    <AsyncView state={houses} onRetry={houses.reload} isEmpty={(d) => d.houses.length === 0} emptyText="这个村还没有标注位置的房屋">
      {(d) => (
        <View>
          <Card className="mp-frame">
            <HouseMap houses={d.houses} selectedId={selected?.houseId ?? null} onSelect={setSelected} />
            <Text className="mp-count" data-testid="map-count">
              共 {d.houses.length} 栋房屋{d.truncated ? '（只显示了前一部分）' : ''} · 点圆点查看
            </Text>
            <MapLegend houses={d.houses} />
          </Card>
          {selected && <HouseCard house={selected} householdPath={householdPath} onClose={() => setSelected(null)} />}
        </View>
      )}
    </AsyncView>
  )
}

function MapBody({ me, householdPath, initialVillage }: { me: Me; householdPath: string; initialVillage?: string }) {
  const first = me.villages.find((v) => v.id === initialVillage)?.id ?? me.villages[0]?.id
  const [villageId, setVillageId] = useState(first)
  if (!villageId) return <Text className="mp-count">没有可查看的村（社区）</Text>
  return (
    <View>
      {me.villages.length > 1 && (
        <View className="mp-picker">
          <VillagePicker villages={me.villages} value={villageId} onChange={(v) => v && setVillageId(v)} allowAll={false} testId="map-village" />
        </View>
      )}
      <VillageMap key={villageId} villageId={villageId} householdPath={householdPath} />
    </View>
  )
}

export function MapScreen({ villageId }: { villageId?: string }) {
  const me = useMe()
  const role = useActiveRole()
  const householdPath = role === 'inspector' ? ROUTES.inspectorHousehold : ROUTES.streetHousehold
  return (
    <View className="page" data-testid="map-screen">
      <PageTitle space="l">一张图</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <MapBody me={user} householdPath={householdPath} initialVillage={villageId} />}
      </AsyncView>
    </View>
  )
}
