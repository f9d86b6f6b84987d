// One household of the plan: method, funds, progress from its case; staff may change the
// funds or take it out of the plan with a reason.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PLAN_METHOD_LABELS, type PlanEntryView } from '@domain'
import { FormError, TextField } from '../../components/form/Field'
import { yuanText, yuanToFen } from '../../format/numbers'
import { ROUTES } from '../../routes'
import { removeFromPlan, setPlanFunds } from '../../services/renovation-plan'

type Editing = null | 'funds' | 'remove'

export function PlanEntryCard({ e, canEdit, canOpenCase, onChanged }: { e: PlanEntryView; canEdit: boolean; canOpenCase: boolean; onChanged: () => void }) {
  const [editing, setEditing] = useState<Editing>(null)
  const [planned, setPlanned] = useState((e.plannedFen / 100).toFixed(2))
  const [paid, setPaid] = useState((e.paidFen / 100).toFixed(2))
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const removed = e.removedReason !== null

  const send = async () => {
    setError('')
    let res
    if (editing === 'funds') {
      const plannedFen = yuanToFen(planned)
      const paidFen = yuanToFen(paid)
      if (plannedFen === null || paidFen === null) return setError('请填金额，如 35000')
      setBusy(true)
      res = await setPlanFunds({ entryId: e.id, method: e.method, plannedFen, paidFen })
    } else {
      if (!reason.trim()) return setError('请写明移出计划的理由')
      setBusy(true)
      res = await removeFromPlan(e.id, reason.trim())
    }
    setBusy(false)
    if (!res.ok) return setError(res.message)
    setEditing(null)
    void Taro.showToast({ title: '已保存', icon: 'success' })
    onChanged()
  }

  return (
    <View className="card" data-testid="plan-entry" data-household={e.householdId} data-removed={removed}>
      <View className="st-card-head">
        <Text className="st-card-head__title">
          {e.villageName} {e.headNameMasked}
        </Text>
        <Text className={`st-badge ${removed ? 'st-badge--warn' : e.progress.label === '已改造销号' ? 'st-badge--ok' : 'st-badge--info'}`} data-testid="plan-progress">
          {removed ? '已移出' : e.progress.label}
        </Text>
      </View>
      <Text className="st-line">改造方式：{PLAN_METHOD_LABELS[e.method]}</Text>
      <Text className="st-line" data-testid="plan-funds">
        计划 {yuanText(e.plannedFen)} · 已拨付 {yuanText(e.paidFen)}
      </Text>
      <Text className="st-line">
        纳入理由：{e.reason}（{e.addedAt} {e.addedByName}）
      </Text>
      {removed && <Text className="st-line">移出理由：{e.removedReason}</Text>}
      {editing === 'funds' && (
        <>
          <TextField label="计划资金（元）" value={planned} onChange={setPlanned} maxLength={12} type="digit" testId="plan-edit-planned" />
          <TextField label="已拨付（元）" value={paid} onChange={setPaid} maxLength={12} type="digit" testId="plan-edit-paid" />
        </>
      )}
      {editing === 'remove' && <TextField label="移出理由" value={reason} onChange={setReason} maxLength={200} placeholder="如：农户已投亲，不再改造" testId="plan-remove-reason" />}
      <FormError message={error} testId="plan-entry-error" />
      <View className="st-actions">
        {canOpenCase && e.progress.caseId && !editing && (
          <Button size="large" fill="outline" type="primary" onClick={() => void Taro.navigateTo({ url: `${ROUTES.streetCase}?id=${encodeURIComponent(e.progress.caseId!)}` })}>
            看案件
          </Button>
        )}
        {canEdit && !removed && !editing && (
          <>
            <Button size="large" fill="outline" data-testid="plan-edit-funds" onClick={() => setEditing('funds')}>
              改资金
            </Button>
            <Button size="large" fill="outline" type="danger" data-testid="plan-remove" onClick={() => setEditing('remove')}>
              移出计划
            </Button>
          </>
        )}
        {editing && (
          <>
            <Button size="large" type="primary" loading={busy} disabled={busy} data-testid="plan-entry-save" onClick={() => void send()}>
              保存
            </Button>
            <Button size="large" fill="outline" disabled={busy} onClick={() => setEditing(null)}>
              取消
            </Button>
          </>
        )}
      </View>
    </View>
  )
}
