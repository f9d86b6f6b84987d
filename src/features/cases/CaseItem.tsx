// One case in a list: whose house (masked), where, the stage, how it was found, the due
// date (red when late) and the grade.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CaseSummary } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { dayText } from '../../format/time'
import { Card } from '../../components/Card'

export function CaseItem({ item: c, casePath }: { item: CaseSummary; casePath: string }) {
  const open = () => void Taro.navigateTo({ url: `${casePath}?id=${encodeURIComponent(c.id)}` })
  return (
    <Card className={`case-item${c.overdue ? ' case-item--overdue' : ''}`} data-testid="case-item" data-case-id={c.id} data-stage={c.stage} data-overdue={c.overdue} onClick={open}>
      <View className="case-item__head">
        <Text className="case-item__name">{c.headNameMasked}</Text>
        <GradeBadge grade={c.grade} />
      </View>
      <Text className="case-item__where">
        {c.villageName} · {c.address}
      </Text>
      <View className="case-item__tags">
        <Text className={`case-stage case-stage--${c.stage === 'closed' ? 'closed' : 'open'}`}>{c.stageLabel}</Text>
        <Text className="case-item__source">{c.sourceLabel}</Text>
      </View>
      {c.dueDate && c.stage !== 'closed' && (
        <Text className={`case-item__due${c.overdue ? ' case-item__due--late' : ''}`} data-testid="case-due">
          {c.overdue ? '已逾期 · ' : ''}
          {dayText(c.dueDate)}前完成
        </Text>
      )}
      <Text className="case-item__more">查看案件 ›</Text>
    </Card>
  )
}
