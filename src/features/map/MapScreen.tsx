// 一张图: street staff and the leader first see the whole street, one circle per village
// with its figures; a circle opens the village, whose monitored houses stand where they
// are, coloured by what matters most about each now (C/D with people inside in red), and
// 返回全街道 goes back. An inspector sees his village. Tap a house for its card.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { MapHouse, Me, Role } from '@domain'
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
import { streetPlace } from '../../format/place'
import { StreetOverview } from './StreetOverview'
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

function MapBody({ me, role, householdPath, initialVillage }: { me: Me; role: Role | null; householdPath: string; initialVillage?: string }) {
  // Street roles start on the whole street unless a village was asked for.
  const street = role === 'staff' || role === 'leader'
  const asked = me.villages.find((v) => v.id === initialVillage)?.id
  const [villageId, setVillageId] = useState<string | null>(asked ?? (street ? null : (me.villages[0]?.id ?? null)))
  useEffect(() => {
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
  }, [villageId])
  if (street && villageId === null)
    return (
      <View>
        <PageTitle space="l" data-testid="map-title">
          {streetPlace(me, '全街道')}一张图
        </PageTitle>
        <StreetOverview onOpen={(v) => setVillageId(v.villageId)} />
      </View>
    )
  if (!villageId) return <Text className="mp-count">没有可查看的村（社区）</Text>
  const name = me.villages.find((v) => v.id === villageId)?.name ?? ''
  return (
    <View>
      {street && (
        <View className="mp-back">
          <Button block size="large" fill="outline" type="primary" data-testid="map-back-street" onClick={() => setVillageId(null)}>
            ‹ 返回全街道
          </Button>
        </View>
      )}
      <PageTitle space="l" data-testid="map-title">
        {name}一张图
      </PageTitle>
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
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <MapBody me={user} role={role ?? user.roles[0] ?? null} householdPath={householdPath} initialVillage={villageId} />}
      </AsyncView>
    </View>
  )
}
