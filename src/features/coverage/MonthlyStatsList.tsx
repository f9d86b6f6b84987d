// Each village's monthly statistics for a month: what it submitted (the latest frozen
// version, and whether it came late) next to the figures as they are now.
import { View, Text } from '@tarojs/components'
import { MONTHLY_FIGURE_ROWS, type MonthlyStatsView, type OrgView, type Result } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { monthlyStats } from '../../services/stats'
import { dayText, timeText, todayPlus } from '../../format/time'
import { Badge } from '../../components/Badge'
import { Card } from '../../components/Card'

/** A few villages at a time, so a street of many villages does not flood the server. */
async function loadAll(villages: OrgView[], month: string): Promise<Result<MonthlyStatsView[]>> {
  const out: MonthlyStatsView[] = []
  for (let i = 0; i < villages.length; i += 4) {
    const batch = await Promise.all(villages.slice(i, i + 4).map((v) => monthlyStats(v.id, month)))
    for (const res of batch) {
      if (!res.ok) return res
      out.push(res.data)
    }
  }
  return { ok: true, data: out }
}

function StatusBadge({ stats }: { stats: MonthlyStatsView }) {
  if (!stats.submitted) {
    const overdue = todayPlus() > stats.deadline
    return <Badge tone={overdue ? 'danger' : 'warn'}>{overdue ? '逾期未提交' : '未提交'}</Badge>
  }
  return stats.submitted.late ? (
    <Badge tone="danger">逾期提交</Badge>
  ) : (
    <Badge tone="ok">已按时提交</Badge>
  )
}

function StatsCard({ stats }: { stats: MonthlyStatsView }) {
  const sub = stats.submitted
  return (
    <Card data-testid="monthly-stats" data-village-id={stats.villageId} data-submitted={!!sub} data-late={sub?.late ?? false}>
      <View className="st-card-head">
        <Text className="st-card-head__title">{stats.villageName}</Text>
        <StatusBadge stats={stats} />
      </View>
      <Text className="st-line">
        {sub ? `第 ${sub.version} 版 · ${timeText(sub.submittedAt)} 提交` : `截止 ${dayText(stats.deadline)}`}
        {sub && stats.versions > 1 ? `（共 ${stats.versions} 版）` : ''}
      </Text>
      {sub?.note && <Text className="st-line">备注：{sub.note}</Text>}
      <View className="ms-table">
        <View className="ms-row ms-row--head">
          <Text className="ms-cell ms-cell--label">项目</Text>
          <Text className="ms-cell">现在</Text>
          <Text className="ms-cell">已提交</Text>
        </View>
        {MONTHLY_FIGURE_ROWS.map((f) => {
          const differs = !!sub && sub.figures[f.key] !== stats.live[f.key]
          return (
            <View key={f.key} className={`ms-row${differs ? ' ms-row--differs' : ''}`}>
              <Text className="ms-cell ms-cell--label">{f.label}</Text>
              <Text className="ms-cell">{stats.live[f.key]}</Text>
              <Text className="ms-cell">{sub ? sub.figures[f.key] : '—'}</Text>
            </View>
          )
        })}
      </View>
    </Card>
  )
}

export function MonthlyStatsList({ villages, month }: { villages: OrgView[]; month: string }) {
  const stats = useResult(() => loadAll(villages, month), [month, villages.map((v) => v.id).join(',')])
  return (
    <AsyncView state={stats} onRetry={stats.reload} isEmpty={(list) => list.length === 0} emptyText="没有可看的村（社区）">
      {(list) => (
        <View data-testid="monthly-stats-list">
          <Text className="lead">“现在”是按目前数据算出的数字，“已提交”是村里上报的版本；两者不同的行标为橙色。</Text>
          {list.map((s) => (
            <StatsCard key={s.villageId} stats={s} />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
