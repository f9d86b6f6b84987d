// One street as 区住建局 reads it: the street's figures and each village's, read only.
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DistrictStreetView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { districtStreet } from '../../services/district'
import { timeText } from '../../format/time'
import { FigureGrid } from './FigureGrid'
import { LineFigures } from './LineFigures'
import './district.css'

function Street({ data }: { data: DistrictStreetView }) {
  return (
    <View>
      <Text className="ds-title" data-testid="district-street-title">
        {data.districtName} · {data.streetName}
      </Text>
      <View className="card">
        <FigureGrid figures={data.totals} testId="district-street-totals" />
        <Text className="ds-note">数据时间：{timeText(data.asOf)}</Text>
      </View>
      <Text className="section-title">各村（社区）</Text>
      {data.villages.map((v) => (
        <View key={v.villageId} className="card ds-street" data-testid="district-village" data-village-id={v.villageId}>
          <Text className="ds-street__name">{v.villageName}</Text>
          <LineFigures figures={v.figures} />
        </View>
      ))}
    </View>
  )
}

export function DistrictStreetScreen() {
  const { params } = useRouter()
  const streetId = params.streetId ?? ''
  const street = useResult(() => districtStreet(streetId), [streetId])
  return (
    <View className="page" data-testid="district-street-screen">
      <AsyncView state={street} onRetry={street.reload}>
        {(data) => <Street data={data} />}
      </AsyncView>
    </View>
  )
}
