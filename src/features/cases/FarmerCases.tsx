// 我的隐患处理进度: the farmer's reported hazards, where each stands in plain words.
// Shows nothing when he has none.
import { View, Text } from '@tarojs/components'
import { useResult } from '../../hooks/useResult'
import { myCases } from '../../services/case'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { CallVillage } from '../../components/CallVillage'
import { dayText } from '../../format/time'
import { RenovationAsk } from './RenovationAsk'
import { Card } from '../../components/Card'
import './cases.css'

export function FarmerCases() {
  const cases = useResult(myCases, [])
  useReloadOnShow(cases.reload)
  if (cases.status !== 'ok' || cases.data.length === 0) return null
  return (
    <View data-testid="farmer-cases">
      <Text className="farmer-cases__title">我的隐患处理进度</Text>
      {cases.data.map((c) => (
        <Card key={c.id} className={`farmer-case${c.stage === 'closed' ? ' farmer-case--closed' : ''}`} data-testid="farmer-case" data-stage={c.stage}>
          <Text className="farmer-case__words">{c.plainWords}</Text>
          <View className="farmer-case__meta">
            <Text className={`case-stage case-stage--${c.stage === 'closed' ? 'closed' : 'open'}`}>{c.stageLabel}</Text>
            <Text className="farmer-case__date">{dayText(c.openedAt)}上报</Text>
          </View>
          {c.summary && <Text className="farmer-case__summary">{c.summary}</Text>}
          {c.farmerReports > 1 && (
            <Text className="farmer-case__reports" data-testid="farmer-case-reports">
              您报了 {c.farmerReports} 次，每次村里都收到了
            </Text>
          )}
          <RenovationAsk item={c} onAsked={cases.reload} />
          {c.stage === 'emergency' && <CallVillage />}
        </Card>
      ))}
    </View>
  )
}
