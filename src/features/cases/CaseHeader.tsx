// The top of a case: whose house, where it stands now in plain words, what is due by
// when (red when late), and a red line when people still live in a C/D house.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { isDangerousGrade, type CaseDetail } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { dayText, timeText } from '../../format/time'
import { STAGE_EXPLAIN } from './labels'
import { Card } from '../../components/Card'
import { Kv } from '../../components/Kv'
import './cases.css'

export function CaseHeader({ detail: c, householdPath }: { detail: CaseDetail; householdPath?: string }) {
  const critical = isDangerousGrade(c.grade) && c.occupancy === 'occupied'
  const openHousehold = householdPath ? () => void Taro.navigateTo({ url: `${householdPath}?id=${encodeURIComponent(c.householdId)}` }) : undefined
  return (
    <Card className={`case-head${critical ? ' case-head--critical' : ''}`} data-testid="case-header" data-stage={c.stage} data-rev={c.rev}>
      <View className="case-head__top">
        <Text className="case-head__name">{c.headNameMasked}</Text>
        <GradeBadge grade={c.grade} />
      </View>
      <Text className="case-head__where">
        {c.villageName} · {c.address}
      </Text>
      <View className="case-head__stage-row">
        <Text className={`case-stage case-stage--${c.stage === 'closed' ? 'closed' : 'open'}`} data-testid="case-stage">
          {c.stageLabel}
        </Text>
        <Text className="case-head__source">{c.sourceLabel}</Text>
      </View>
      <Text className="case-head__explain" data-testid="case-explain">
        {STAGE_EXPLAIN[c.stage]}
      </Text>
      {c.dueDate && c.stage !== 'closed' && (
        <Text className={`case-head__due${c.overdue ? ' case-head__due--late' : ''}`} data-testid="case-due" data-overdue={c.overdue}>
          {c.overdue ? '已逾期！' : ''}这一步应在 {dayText(c.dueDate)} 前完成
        </Text>
      )}
      {critical && (
        <Text className="notice notice--strong notice--danger case-alert" data-testid="case-critical">
          C/D 级危房里仍有人居住，请立即组织撤离
        </Text>
      )}
      <Kv label="反映情况">{c.summary}</Kv>
      <Kv label="发现时间">{timeText(c.openedAt)}</Kv>
      {openHousehold && (
        <Text className="case-link" data-testid="case-open-household" onClick={openHousehold}>
          查看这户的档案 ›
        </Text>
      )}
    </Card>
  )
}
