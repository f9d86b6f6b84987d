// A drawn sample: the seed first (it is what makes the draw checkable), then per village
// how many houses were drawn out of how many, and which.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SampleView } from '@domain'
import { ROUTES } from '../../routes'
import { timeText, monthText } from '../../format/time'
import { DrawnHouses } from './DrawnHouses'
import { Card } from '../../components/Card'

function VillageDraw({ village }: { village: SampleView['villages'][number] }) {
  const [open, setOpen] = useState(false)
  return (
    <Card data-testid="sample-village" data-village-id={village.villageId} data-drawn={village.drawn.length}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{village.villageName}</Text>
        <Text className="smp-count">
          抽中 <Text className="smp-count__num">{village.drawn.length}</Text> / {village.houses} 栋
        </Text>
      </View>
      {village.drawn.length > 0 &&
        (open ? (
          <DrawnHouses houseIds={village.drawn} />
        ) : (
          <Button block fill="outline" type="primary" data-testid="sample-village-open" onClick={() => setOpen(true)}>
            查看抽中的房屋
          </Button>
        ))}
    </Card>
  )
}

export function SampleResult({ sample }: { sample: SampleView }) {
  const drawn = sample.villages.reduce((n, v) => n + v.drawn.length, 0)
  return (
    <View data-testid="sample-result" data-sample-id={sample.id}>
      <Card className="smp-seed-card">
        <Text className="smp-seed" data-testid="sample-seed" data-seed={sample.seed}>
          抽样种子：{sample.seed}，可用于复核
        </Text>
        <Text className="st-line">
          {monthText(sample.month)} · {sample.mode === 'count' ? `每村 ${sample.value} 栋` : `每村 ${sample.value}%`} · 共抽中 {drawn} 栋
        </Text>
        <Text className="st-line">抽取时间：{timeText(sample.createdAt)}</Text>
        <Text className="st-line">抽中的房屋已生成“街道随机巡查”任务，月底前完成。</Text>
        <Button block fill="outline" type="primary" data-testid="sample-open-tasks" onClick={() => void Taro.navigateTo({ url: ROUTES.streetTasks })}>
          查看任务
        </Button>
      </Card>
      {sample.villages.map((v) => (
        <VillageDraw key={v.villageId} village={v} />
      ))}
    </View>
  )
}
