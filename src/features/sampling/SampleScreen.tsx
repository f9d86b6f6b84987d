// 街道随机巡查: the street draws, per village, the houses it will patrol itself this month.
import { View, Text } from '@tarojs/components'
import { SampleConfirm } from './SampleConfirm'
import { SampleForm } from './SampleForm'
import { SampleResult } from './SampleResult'
import { useDraw } from './useDraw'
import '../../components/street.css'
import { PageTitle } from '../../components/PageTitle'
import './sampling.css'

export function SampleScreen() {
  const { busy, error, sample, preview, ask, confirm, cancel } = useDraw()
  return (
    <View className="page st-page">
      <PageTitle>随机抽查</PageTitle>
      <Text className="lead">每个村按设定抽取房屋，由街道直接巡查，核实村里有没有漏户、判断准不准。风险高的房屋更容易被抽中。</Text>
      <SampleForm busy={busy} onDraw={(s) => void ask(s)} />
      {preview && <SampleConfirm preview={preview} busy={busy} onConfirm={() => void confirm()} onCancel={cancel} />}
      {error && (
        <Text className="notice notice--danger st-notice" data-testid="sample-error">
          {error}
        </Text>
      )}
      {sample && <SampleResult sample={sample} />}
    </View>
  )
}
