// 街道随机巡查: the street draws, per village, the houses it will patrol itself this month.
import { View, Text } from '@tarojs/components'
import { SampleForm } from './SampleForm'
import { SampleResult } from './SampleResult'
import { useDraw } from './useDraw'
import '../street/street.css'
import './sampling.css'

export function SampleScreen() {
  const { busy, error, sample, draw } = useDraw()
  return (
    <View className="page st-page">
      <Text className="st-title">随机抽查</Text>
      <Text className="st-lead">每个村按设定抽取房屋，由街道直接巡查，核实村里有没有漏户、判断准不准。风险高的房屋更容易被抽中。</Text>
      <SampleForm busy={busy} onDraw={(s) => void draw(s)} />
      {error && (
        <Text className="st-notice st-notice--error" data-testid="sample-error">
          {error}
        </Text>
      )}
      {sample && <SampleResult sample={sample} />}
    </View>
  )
}
