// One earlier patrol of a house: when, who, what was found, the judgment, and its photos.
import { View, Text } from '@tarojs/components'
import { JUDGMENT_LABELS, PART_FINDING_LABELS, PATROL_KIND_LABELS, PATROL_PARTS, PATROL_PART_LABELS, type PatrolView } from '@domain'
import { shortTime } from '../../format/time'
import { StoredPhotoGrid } from '../../components/evidence/StoredPhotoGrid'
import { Card } from '../../components/Card'
import './field.css'

export function PatrolRecord({ patrol: p }: { patrol: PatrolView }) {
  const problems = PATROL_PARTS.filter((part) => p.findings[part] === 'minor' || p.findings[part] === 'serious')
  return (
    <Card className="record" data-testid="patrol-record" data-patrol-id={p.id}>
      <View className="record__head">
        <Text className="record__when">{shortTime(p.patrolledAt)}</Text>
        <Text className={`judgment-chip judgment-chip--${p.judgment}`}>{JUDGMENT_LABELS[p.judgment]}</Text>
      </View>
      <Text className="record__meta">
        {PATROL_KIND_LABELS[p.kind]} · {p.inspectorName || '—'} · {p.occupied ? '有人住' : '没人住'}
        {p.scannedPlate ? ' · 扫码' : ''}
      </Text>
      {problems.length > 0 && (
        <Text className="record__problems">
          {problems.map((part) => `${PATROL_PART_LABELS[part]}：${PART_FINDING_LABELS[p.findings[part]!]}`).join('；')}
        </Text>
      )}
      {p.notes && <Text className="record__notes">备注：{p.notes}</Text>}
      {p.farFromHouse && <Text className="record__warn">记录位置离房屋约 {p.distanceM} 米，请核实</Text>}
      {p.photos.length > 0 && (
        <StoredPhotoGrid photos={p.photos} photoTestId="patrol-photo" />
      )}
    </Card>
  )
}
