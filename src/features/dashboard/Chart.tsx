// A chart in a card. On h5 no width is passed (the container's width is used; a style
// width yields a 100 px chart). isPage is off because the chart mounts after the data
// arrives, when the page's onReady has already passed.
import { Text } from '@tarojs/components'
import Echarts from 'taro-react-echarts'
import { echarts } from './echarts'
import { Card } from '../../components/Card'
import './dashboard.css'

interface Props {
  title: string
  option: Record<string, unknown>
  height: number
  testId: string
}

export function Chart({ title, option, height, testId }: Props) {
  return (
    <Card className="db-chart" data-testid={testId}>
      <Text className="db-chart__title">{title}</Text>
      <Echarts echarts={echarts} option={option} isPage={false} style={{ height: `${height}px` }} />
    </Card>
  )
}
