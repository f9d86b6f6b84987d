// 销号: after acceptance only as 改造完成 (with the subsidy paid date); before it, by one
// of the other routes (其他 needs a reason).
import { useState } from 'react'
import { CLOSE_ROUTE_LABELS, type CloseRoute } from '@domain'
import { DateField } from '../DateField'
import { Choices, Field, NoteField } from '../FormParts'
import { todayPlus } from '../../../format/time'
import { CLOSE_ROUTE_CHOICES } from '../labels'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

export function CloseOutForm(props: CaseFormProps) {
  const accepted = props.detail.stage === 'accepted'
  const routes = CLOSE_ROUTE_CHOICES.filter((r) => (accepted ? r === 'renovated' : r !== 'renovated'))
  const [route, setRoute] = useState<CloseRoute | null>(accepted ? 'renovated' : null)
  const [reason, setReason] = useState('')
  const [subsidyPaidOn, setSubsidyPaidOn] = useState(todayPlus(0))
  const submit = useCaseSubmit(props)

  const send = () =>
    submit.move(async () => {
      if (!route) return notReady('请选择销号方式')
      if (route === 'other' && !reason.trim()) return notReady('请写明销号原因')
      if (accepted && !subsidyPaidOn) return notReady('请先填写补助拨付日期')
      return ready({ action: 'closeOut' as const, route, reason: reason.trim(), ...(accepted ? { subsidyPaidOn } : {}) })
    })

  return (
    <FormCard formKey="closeOut" title="销号" error={submit.error} busy={submit.busy} submitLabel="确认销号" onSubmit={() => void send()} onCancel={props.onCancel}>
      <Field label="销号方式" testId="case-route">
        <Choices choices={routes.map((r) => ({ value: r, label: CLOSE_ROUTE_LABELS[r] }))} value={route} onChange={setRoute} testId="case-route-option" />
      </Field>
      {accepted && <DateField label="补助拨付日期" value={subsidyPaidOn} onChange={setSubsidyPaidOn} testId="case-subsidy-paid-on" />}
      <NoteField label={route === 'other' ? '销号原因（必须填写）' : '说明（可不填）'} value={reason} onChange={setReason} testId="case-reason" />
    </FormCard>
  )
}
