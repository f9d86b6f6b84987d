// One case in a list: whose house (masked), where, the stage, how it was found, the due
// date (red when late) and the grade.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CaseSummary } from '@domain'
import { Card } from '../../components/Card'
import { CaseItemHead, CaseDue } from './CaseItemParts'

export function CaseItem({ item: c, casePath }: { item: CaseSummary; casePath: string }) {
  const open = () => void Taro.navigateTo({ url: `${casePath}?id=${encodeURIComponent(c.id)}` })
  return (
    <Card className={`case-item${c.overdue ? ' case-item--overdue' : ''}`} data-testid="case-item" data-case-id={c.id} data-stage={c.stage} data-overdue={c.overdue} onClick={open}>
      <CaseItemHead item={c} />
      <View className="case-item__tags">
        <Text className={`case-stage case-stage--${c.stage === 'closed' ? 'closed' : 'open'}`}>{c.stageLabel}</Text>
        <Text className="case-item__source">{c.sourceLabel}</Text>
      </View>
      {c.dueDate && c.stage !== 'closed' && (
        <CaseDue due={c.dueDate} overdue={c.overdue} testId="case-due" />
      )}
      <Text className="item-more">查看案件 ›</Text>
    </Card>
  )
}
