// 全街道一张图: every village of the street as one circle at its place, then each village's
// figures in large rows (the dashboard's own, with units); a circle or a row opens the
// village. Villages with no position yet are named under the map, never left out.
import { View, Text } from '@tarojs/components'
import type { MapVillage } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { Card } from '../../components/Card'
import { useResult } from '../../hooks/useResult'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { mapVillages } from '../../services/map'
import { TONE_COLORS, TONE_LABELS, TONE_ORDER, clusterFigures, clusterTone } from './clusters'
import { StreetMap } from './StreetMap'
import './map.css'

function VillageRow({ village: v, onOpen }: { village: MapVillage; onOpen: (v: MapVillage) => void }) {
  return (
    <Card className="mp-village" data-testid="map-village-row" data-village-id={v.villageId} onClick={() => onOpen(v)} style={{ borderLeftColor: TONE_COLORS[clusterTone(v)] }}>
      <View className="mp-village__head">
        <Text className="mp-village__name">{v.villageName}</Text>
        <Text className="mp-village__go">看房屋 ›</Text>
      </View>
      <View className="mp-village__figs">
        {clusterFigures(v).map((f) => (
          <Text key={f.key} className={`mp-village__fig${f.key !== 'houses' && f.value > 0 ? ` mp-village__fig--${clusterTone(v)}` : ''}`} data-fig={f.key} data-value={f.value}>
            {f.label} {f.value} {f.unit}
          </Text>
        ))}
      </View>
      {v.lat !== null && !v.housesLocated && <Text className="mp-village__note">房屋还没有标注位置</Text>}
    </Card>
  )
}

function Legend() {
  return (
    <View className="mp-legend" data-testid="street-map-legend">
      {TONE_ORDER.map((t) => (
        <View key={t} className="mp-legend__item">
          <View className="mp-swatch" style={{ background: TONE_COLORS[t] }} />
          <Text className="mp-legend__label">{TONE_LABELS[t]}</Text>
        </View>
      ))}
    </View>
  )
}

export function StreetOverview({ onOpen }: { onOpen: (village: MapVillage) => void }) {
  const villages = useResult(() => mapVillages(), [])
  useReloadOnShow(villages.reload)
  return (
    <AsyncView state={villages} onRetry={villages.reload} isEmpty={(d) => d.villages.length === 0} emptyText="没有可查看的村（社区）">
      {(d) => {
        const unplaced = d.villages.filter((v) => v.lat === null)
        const houses = d.villages.reduce((a, v) => a + v.houses, 0)
        return (
          <View data-testid="street-overview">
            <Card className="mp-frame">
              <StreetMap villages={d.villages} onOpen={onOpen} />
              <Text className="mp-count" data-testid="street-map-count">
                {d.villages.length} 个村（社区）· 共 {houses} 栋房屋 · 点圆圈看这个村的房屋
              </Text>
              {unplaced.length > 0 && (
                <Text className="notice notice--warn notice--strong mp-unplaced" data-testid="map-unplaced">
                  这些村还没有定位：{unplaced.map((v) => v.villageName).join('、')}
                </Text>
              )}
              <Legend />
            </Card>
            <View className="mp-villages">
              {d.villages.map((v) => (
                <VillageRow key={v.villageId} village={v} onOpen={onOpen} />
              ))}
            </View>
          </View>
        )
      }}
    </AsyncView>
  )
}
