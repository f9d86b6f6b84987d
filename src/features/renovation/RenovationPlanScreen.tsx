// 纳入改造计划: the street's households to renovate this year — method, planned and paid
// funds, progress from each case — with totals, adding and taking out with a reason, and
// the list as an .xlsx file. 区住建局 opens it for one street (?streetId=) and only reads.
import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { RenovationPlanView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { useFormSlot } from '../../hooks/useFormSlot'
import { yuanText } from '../../format/numbers'
import { localDay } from '../../format/time'
import { canCall } from '../../services/access'
import { openFileLink } from '../../services/files'
import { exportPlan, renovationPlan } from '../../services/renovation-plan'
import { useSession } from '../../services/session'
import { PlanAddForm } from './PlanAddForm'
import { PlanEntryCard } from './PlanEntryCard'
import '../../components/street.css'

function YearSwitcher({ year, onChange }: { year: number; onChange: (y: number) => void }) {
  return (
    <View className="st-month" data-testid="plan-year">
      <Button fill="outline" type="primary" data-testid="plan-year-prev" onClick={() => onChange(year - 1)}>
        ‹ 上一年
      </Button>
      <Text className="st-month__text" data-testid="plan-year-value">
        {year}年
      </Text>
      <Button fill="outline" type="primary" data-testid="plan-year-next" onClick={() => onChange(year + 1)}>
        下一年 ›
      </Button>
    </View>
  )
}

interface Abilities {
  canEdit: boolean
  /** Whether the entries link to their cases (区住建局 opens no household's records). */
  canOpenCase: boolean
}

function Plan({ plan, can, reload }: { plan: RenovationPlanView; can: Abilities; reload: () => void }) {
  const [showRemoved, setShowRemoved] = useState(false)
  const t = plan.totals
  return (
    <View data-testid="plan-list" data-count={plan.entries.length}>
      <View className="card" data-testid="plan-totals">
        <Text className="st-line">
          {plan.streetName} {plan.year}年纳入改造 {t.households} 户，已完成 {t.done} 户
        </Text>
        <Text className="st-line">
          计划资金 {yuanText(t.plannedFen)} · 已拨付 {yuanText(t.paidFen)}
        </Text>
      </View>
      {plan.entries.length === 0 && <Text className="st-line">这一年还没有纳入改造计划的户。</Text>}
      {plan.entries.map((e) => (
        <PlanEntryCard key={e.id} e={e} canEdit={can.canEdit} canOpenCase={can.canOpenCase} onChanged={reload} />
      ))}
      {plan.removed.length > 0 && (
        <Button block size="large" fill="outline" data-testid="plan-show-removed" onClick={() => setShowRemoved(!showRemoved)}>
          {showRemoved ? '收起' : `看已移出计划的 ${plan.removed.length} 户`}
        </Button>
      )}
      {showRemoved && plan.removed.map((e) => <PlanEntryCard key={e.id} e={e} canEdit={false} canOpenCase={can.canOpenCase} onChanged={reload} />)}
    </View>
  )
}

export function RenovationPlanScreen() {
  const { me, activeRole } = useSession()
  const role = activeRole ?? me?.roles[0] ?? null
  const streetId = useRouter().params.streetId || undefined
  const canEdit = canCall('renovationPlan.add', role)
  const can = { canEdit, canOpenCase: canCall('case.get', role) }
  const [year, setYear] = useState(Number(localDay(new Date()).slice(0, 4)))
  const [exporting, setExporting] = useState(false)
  const plan = useResult(() => renovationPlan(year, streetId), [year, streetId])
  const adding = useFormSlot<never>(plan.reload, '已纳入计划')

  const download = async () => {
    setExporting(true)
    const res = await exportPlan(year, streetId)
    setExporting(false)
    if (!res.ok) return void Taro.showToast({ title: res.message, icon: 'none' })
    await openFileLink(res.data.url, res.data.fileName).catch(() => void Taro.showToast({ title: '文件打不开，请稍后再试', icon: 'none' }))
  }

  return (
    <View className="page st-page" data-testid="renovation-plan-screen">
      <Text className="st-title">危房改造计划</Text>
      <YearSwitcher year={year} onChange={setYear} />
      {canEdit && !adding.open && (
        <Button block size="large" type="primary" data-testid="plan-add" onClick={adding.add}>
          ＋ 纳入改造计划
        </Button>
      )}
      {adding.open && <PlanAddForm year={year} onAdded={adding.saved} onCancel={adding.close} />}
      <Button block size="large" fill="outline" type="primary" loading={exporting} disabled={exporting} data-testid="plan-export" onClick={() => void download()}>
        导出 Excel
      </Button>
      <AsyncView state={plan} onRetry={plan.reload}>
        {(p) => <Plan plan={p} can={can} reload={plan.reload} />}
      </AsyncView>
    </View>
  )
}
