// The appraisal as the guideline reads: each part's level with its words, the grade the
// rule proposed and the grade given (with the reason when they differ), and the advice.
import { View, Text } from '@tarojs/components'
import { APPRAISAL_PARTS, APPRAISAL_PART_LABELS, PART_GRADE_DESCRIPTIONS, type CaseDetail, type PartGrade } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { timeText } from '../../format/time'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'

const isPartGrade = (g: string | undefined): g is PartGrade => g === 'a' || g === 'b' || g === 'c' || g === 'd'

export function AppraisalView({ appraisal: a }: { appraisal: NonNullable<CaseDetail['appraisal']> }) {
  const overridden = a.grade !== a.proposed
  return (
    <Card data-testid="case-appraisal" data-grade={a.grade}>
      <Text className="card-title">鉴定结论</Text>
      <View className="case-grades">
        <View className="case-grades__item">
          <Text className="case-grades__label">规则建议</Text>
          <GradeBadge grade={a.proposed} />
        </View>
        <View className="case-grades__item">
          <Text className="case-grades__label">最终等级</Text>
          <GradeBadge grade={a.grade} long />
        </View>
      </View>
      {overridden && (
        <Text className="case-override" data-testid="case-override-reason">
          改判理由：{a.overrideReason}
        </Text>
      )}
      {a.review && (
        <Text className={a.review.agrees ? 'case-event__note' : 'case-override'} data-testid="case-appraisal-review" data-agrees={a.review.agrees}>
          {a.review.agrees ? `复核一致（${a.review.reviewerName} 也评为 ${a.review.grade} 级）` : `复核等级不一致：${a.review.reviewerName} 评为 ${a.review.grade} 级${a.review.note ? `，${a.review.note}` : ''}`}
        </Text>
      )}
      <Kv label="处理建议">{a.advice}</Kv>
      <Kv label="鉴定人员">{a.appraiserName}</Kv>
      <Kv label="鉴定时间">{timeText(a.at)}</Kv>
      <Text className="case-subsection__title">逐项检查</Text>
      {APPRAISAL_PARTS.map((p) => {
        const g = a.findings[p]
        return (
          <View key={p} className={`case-finding case-finding--${g ?? 'none'}`} data-testid={`case-finding-${p}`} data-value={g ?? ''}>
            <Text className="case-finding__part">{APPRAISAL_PART_LABELS[p]}</Text>
            <Text className="case-finding__level">{g ? `${g} 级` : '—'}</Text>
            {isPartGrade(g) && <Text className="case-finding__words">{PART_GRADE_DESCRIPTIONS[p][g]}</Text>}
          </View>
        )
      })}
    </Card>
  )
}
