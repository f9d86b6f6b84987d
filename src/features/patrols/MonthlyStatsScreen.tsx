// 月度统计: the village's figures for a month as they stand now, the version submitted to
// the street (frozen), and submitting — again, as a correction, when something changed.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { MONTHLY_FIGURE_ROWS, type MonthlyFigures, type MonthlyStatsView, type OrgView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { loadMeOfflineFirst } from '../../services/offline/outbox'
import { monthlyStats, submitMonthlyStats } from '../../services/stats'
import { currentMonth, shortTime, dayText } from '../../format/time'
import { newId } from '../../services/ids'
import { VillageChooser } from '../../components/VillageChooser'
import '../../components/form/field-parts.css'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './field.css'

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

function Figures({ figures, frozen, testId }: { figures: MonthlyFigures; frozen?: MonthlyFigures; testId: string }) {
  return (
    <View className="figures" data-testid={testId}>
      {MONTHLY_FIGURE_ROWS.map((r) => (
        <View key={r.key} className="figures__row">
          <Text className="figures__label">{r.label}</Text>
          <Text className={`figures__value${frozen && frozen[r.key] !== figures[r.key] ? ' figures__value--changed' : ''}`}>{figures[r.key]}</Text>
        </View>
      ))}
    </View>
  )
}

function Stats({ view, onSubmitted }: { view: MonthlyStatsView; onSubmitted: (v: MonthlyStatsView) => void }) {
  const [note, setNote] = useState('')
  // One id per submission, kept across retries so a resend after a lost reply is not a second version.
  const [submissionId, setSubmissionId] = useState(() => newId('ms'))
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState('')
  const s = view.submitted

  const submit = async () => {
    setSaving(true)
    setError('')
    const res = await submitMonthlyStats({ submissionId, villageId: view.villageId, month: view.month, note: note.trim() })
    setSaving(false)
    if (!res.ok) return setError(res.message)
    setSubmissionId(newId('ms'))
    setNote('')
    onSubmitted(res.data)
    // The frozen version is shown at the top.
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 })
  }

  return (
    <View data-testid="monthly-stats" data-version={s?.version ?? 0}>
      <Text className="field-lead">
        {view.villageName} · 提交截止 {dayText(view.deadline)}
      </Text>
      {s && (
        <Card className="submitted" data-testid="stats-submitted" data-version={s.version}>
          <Text className="submitted__title">
            已提交（第 {s.version} 版），数字已冻结{s.late ? '（逾期提交）' : ''}
          </Text>
          <Text className="field-hint">提交时间：{shortTime(s.submittedAt)}</Text>
          {s.note && <Text className="field-hint">说明：{s.note}</Text>}
          <Figures figures={s.figures} testId="stats-frozen" />
        </Card>
      )}
      <Card>
        <Text className="card-title">现在的数字{s ? '（与已提交不同的标红）' : ''}</Text>
        <Figures figures={view.live} frozen={s?.figures} testId="stats-live" />
      </Card>
      <Card>
        <Text className="card-title">{s ? '需要更正时重新提交' : '核对无误后提交给街道'}</Text>
        <View data-testid="stats-note" className="notes">
          <TextArea value={note} onChange={setNote} maxLength={200} rows={2} placeholder={s ? '写明更正的原因（选填）' : '说明（选填）'} />
        </View>
        {error && <Text className="notice notice--strong notice--danger form-error">{error}</Text>}
        <Button block type="primary" size="large" loading={saving} data-testid="stats-submit" onClick={() => void submit()}>
          {s ? `提交更正（第 ${s.version + 1} 版）` : '提交本月统计'}
        </Button>
      </Card>
    </View>
  )
}

function VillageStats({ villages }: { villages: OrgView[] }) {
  const thisMonth = currentMonth(new Date())
  const [villageId, setVillageId] = useState<string | undefined>(villages[0]?.id)
  const [month, setMonth] = useState(thisMonth)
  const stats = useResult(() => (villageId ? monthlyStats(villageId, month) : Promise.resolve({ ok: false as const, code: 'NOT_FOUND' as const, message: '请先选择村（社区）' })), [villageId, month])
  const [fresh, setFresh] = useState<MonthlyStatsView | null>(null)
  const shown = fresh && fresh.villageId === villageId && fresh.month === month ? { status: 'ok' as const, data: fresh } : stats
  return (
    <View>
      {villages.length > 1 && <VillageChooser villages={villages} value={villageId} onChange={(v) => v && setVillageId(v)} />}
      <View className="choice-row choice-row--two month-switch">
        {[previousMonth(thisMonth), thisMonth].map((m) => (
          <Button key={m} size="large" type={m === month ? 'primary' : 'default'} data-testid={`stats-month-${m}`} onClick={() => setMonth(m)}>
            {Number(m.slice(5))}月{m === thisMonth ? '（本月）' : '（上月）'}
          </Button>
        ))}
      </View>
      <AsyncView state={shown} onRetry={stats.reload}>
        {(view) => <Stats key={`${view.villageId}-${view.month}`} view={view} onSubmitted={setFresh} />}
      </AsyncView>
    </View>
  )
}

export function MonthlyStatsScreen() {
  const me = useResult(loadMeOfflineFirst, [])
  return (
    <View className="page">
      <PageTitle space="s">月度统计</PageTitle>
      <AsyncView state={me} onRetry={me.reload}>
        {(user) => <VillageStats villages={user.villages} />}
      </AsyncView>
    </View>
  )
}
