// The facts of one house an inspector checks against on site.
import { View, Text } from '@tarojs/components'
import { OCCUPANCY_LABELS, SITE_HAZARD_LABELS, STRUCTURE_LABELS, type HouseView } from '@domain'
import { dayText } from '../../format/time'
import { areaText, isOccupiedDanger } from '../../format/house'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'
import './field.css'

function Row({ label, value, danger = false }: { label: string; value: string; danger?: boolean }) {
  return (
    <Kv label={label} danger={danger}>
      {value}
    </Kv>
  )
}

export function HouseFacts({ house }: { house: HouseView }) {
  const danger = isOccupiedDanger(house)
  return (
    <Card className={danger ? 'card--danger' : undefined} data-testid="house-facts">
      {danger && <Text className="notice notice--strong notice--danger case-notice">危房仍有人居住，需尽快组织撤离</Text>}
      <Row label="房屋结构" value={`${STRUCTURE_LABELS[house.structure]}，${house.floors} 层`} />
      <Row label="建成年份" value={`${house.yearBuilt} 年`} />
      <Row label="建筑面积" value={areaText(house.floorAreaCm2)} />
      <Row label="居住情况" value={OCCUPANCY_LABELS[house.occupancy]} danger={danger} />
      <Row label="鉴定时间" value={house.gradedAt ? dayText(house.gradedAt) : '还未鉴定'} />
      <Row label="场地隐患" value={house.siteHazards?.length ? house.siteHazards.map((h) => SITE_HAZARD_LABELS[h]).join('；') : '无'} danger={(house.siteHazards?.length ?? 0) > 0} />
      <Row label="定位" value={house.noGps ? '登记时无定位' : house.lat !== null ? `已记录${house.gpsAccuracy !== null ? `（误差约 ${house.gpsAccuracy} 米）` : ''}` : '没有位置'} />
    </Card>
  )
}
