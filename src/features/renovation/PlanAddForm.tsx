// 纳入改造计划: find the household (C/D houses first), choose the method, write the planned
// and already paid funds in yuan (kept in fen) and why it is in this year's plan.
import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { PLAN_METHODS, PLAN_METHOD_LABELS, type PlanMethod } from '@domain'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field, TextField } from '../../components/form/Field'
import { FormActions } from '../../components/form/FormActions'
import { useSend } from '../../hooks/useSend'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { yuanToFen } from '../../format/numbers'
import { listHouseholds } from '../../services/household'
import { newId } from '../../services/ids'
import { addToPlan } from '../../services/renovation-plan'
import '../../components/form/form.css'

type GradeFilter = 'D' | 'C'

export function PlanAddForm({ year, onAdded, onCancel }: { year: number; onAdded: () => void; onCancel: () => void }) {
  const entryId = useRef(newId('rp')).current
  const [grade, setGrade] = useState<GradeFilter>('D')
  const [keyword, setKeyword] = useState('')
  const [householdId, setHouseholdId] = useState<string | null>(null)
  const [method, setMethod] = useState<PlanMethod | null>(null)
  const [planned, setPlanned] = useState('')
  const [paid, setPaid] = useState('')
  const [reason, setReason] = useState('')
  const send = useSend()
  const households = useResult(() => listHouseholds({ grade, ...(keyword.trim() ? { keyword: keyword.trim() } : {}), page: 1, pageSize: 20 }), [grade, keyword])

  const save = async () => {
    if (!householdId) return send.fail('请选择要纳入计划的户')
    if (!method) return send.fail('请选择改造方式')
    const plannedFen = yuanToFen(planned)
    const paidFen = paid.trim() ? yuanToFen(paid) : 0
    if (plannedFen === null) return send.fail('计划资金请填金额，如 35000')
    if (paidFen === null) return send.fail('已拨付资金请填金额，如 10000')
    if (!reason.trim()) return send.fail('请写明纳入计划的理由')
    await send.run(() => addToPlan({ entryId, year, householdId, method, plannedFen, paidFen, reason: reason.trim() }), () => onAdded())
  }

  return (
    <View className="card" data-testid="plan-add-form">
      <Field label="房屋等级">
        <ChoiceGrid choices={[{ value: 'D', label: 'D 级危房' }, { value: 'C', label: 'C 级危房' }]} value={grade} onChange={(g) => { setGrade(g); setHouseholdId(null) }} testId="plan-grade" />
      </Field>
      <TextField label="户主姓名（可不填）" value={keyword} onChange={setKeyword} maxLength={20} placeholder="输入姓名查找" testId="plan-keyword" />
      <Field label="选择户">
        <AsyncView state={households} onRetry={households.reload} isEmpty={(p) => p.items.length === 0} emptyText="没有这个等级的户">
          {(page) => (
            <ChoiceGrid
              columns={1}
              choices={page.items.map((h) => ({ value: h.id, label: `${h.villageName} ${h.group} ${h.headNameMasked}（${h.worstGrade ?? '未评'} 级）` }))}
              value={householdId}
              onChange={setHouseholdId}
              testId="plan-household"
            />
          )}
        </AsyncView>
      </Field>
      <Field label="改造方式">
        <ChoiceGrid choices={PLAN_METHODS.map((m) => ({ value: m, label: PLAN_METHOD_LABELS[m] }))} value={method} onChange={setMethod} testId="plan-method" />
      </Field>
      <TextField label="计划资金（元）" value={planned} onChange={setPlanned} maxLength={12} type="digit" placeholder="如 35000" testId="plan-planned" />
      <TextField label="已拨付（元，可不填）" value={paid} onChange={setPaid} maxLength={12} type="digit" placeholder="如 10000" testId="plan-paid" />
      <TextField label="纳入理由" value={reason} onChange={setReason} maxLength={200} placeholder="如：D 级危房，区级已批准" testId="plan-reason" />
      <FormActions error={send.error} busy={send.busy} label="纳入计划" sendTestId="plan-save" errorTestId="plan-error" onSend={save} onCancel={onCancel} />
    </View>
  )
}
