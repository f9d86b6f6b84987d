// 问责: what is overdue in the street now and how often each village and each person was
// late in the last 12 months (monthly patrols, monthly statistics, case steps, disaster
// reports, and the street's own quarterly reports). Every figure opens the items it
// counts; every item opens its page.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { OVERDUE_KINDS, type OverdueKind, type OverdueTally, type OverdueView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { overdueSummary } from '../../services/overdue'
import { dayText } from '../../format/time'
import { OverdueFigures, type Drill } from './OverdueFigures'
import { OverdueItems } from './OverdueItems'
import '../../components/street.css'
import './accountability.css'

type Tab = 'villages' | 'people'

function itemsOf(view: OverdueView, tab: Tab, d: Drill) {
  return view.items.filter((i) => i.kind === d.kind && (d.when === 'late' || i.overdueNow) && (tab === 'villages' ? i.villageId === d.rowId : i.people.some((p) => p.id === d.rowId)))
}

/** The street's own row shows its quarterly reports only; the others their work, and reports where they were late. */
function kindsOf(view: OverdueView, rowId: string, tally: OverdueTally): OverdueKind[] {
  if (rowId === view.streetId) return ['report']
  return OVERDUE_KINDS.filter((k) => k !== 'report' || tally.late.report > 0)
}

function Overdue({ view }: { view: OverdueView }) {
  const [tab, setTab] = useState<Tab>('villages')
  const [drill, setDrill] = useState<Drill | null>(null)
  if (drill) return <OverdueItems drill={drill} items={itemsOf(view, tab, drill)} onClose={() => setDrill(null)} />
  const rows = tab === 'villages' ? view.villages.map((v) => ({ id: v.villageId, name: v.villageName, tally: v })) : view.people.map((p) => ({ id: p.userId, name: p.name, tally: p }))
  return (
    <View>
      <Text className="st-lead">
        {dayText(view.since)}以来的期限：点数字查看是哪些事项。
      </Text>
      <View className="ov-tabs">
        {(['villages', 'people'] as const).map((t) => (
          <Button key={t} className="ov-tab" type={tab === t ? 'primary' : 'default'} data-testid={`overdue-tab-${t}`} onClick={() => setTab(t)}>
            {t === 'villages' ? '按村（社区）' : '按人员'}
          </Button>
        ))}
      </View>
      {rows.length === 0 ? <Text className="st-lead">没有逾期事项。</Text> : rows.map((r) => <OverdueFigures key={r.id} rowId={r.id} name={r.name} tally={r.tally} kinds={kindsOf(view, r.id, r.tally)} onDrill={setDrill} />)}
    </View>
  )
}

export function OverdueScreen() {
  const view = useResult(overdueSummary, [])
  return (
    <View className="page st-page" data-testid="overdue-screen">
      <Text className="st-title">逾期与问责</Text>
      <AsyncView state={view} onRetry={view.reload}>
        {(v) => <Overdue view={v} />}
      </AsyncView>
    </View>
  )
}
