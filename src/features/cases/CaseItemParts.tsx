// The lines a case shows in every list: whose house (masked) with its grade, where it is,
// and the due date (red when late).
import { View, Text } from '@tarojs/components'
import type { CaseSummary } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { dayText } from '../../format/time'

export function CaseItemHead({ item: c }: { item: CaseSummary }) {
  return (
    <>
      <View className="item-head">
        <Text className="item-name">{c.headNameMasked}</Text>
        <GradeBadge grade={c.grade} />
      </View>
      <Text className="case-item__where">
        {c.villageName} · {c.address}
      </Text>
    </>
  )
}

export function CaseDue({ due, overdue, testId }: { due: string; overdue: boolean; testId?: string }) {
  return (
    <Text className={`case-item__due${overdue ? ' case-item__due--late' : ''}`} data-testid={testId}>
      {overdue ? '已逾期 · ' : ''}
      {dayText(due)}前完成
    </Text>
  )
}
