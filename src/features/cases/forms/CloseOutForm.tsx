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
import { useResult } from '../../../hooks/useResult'
import { listHousing } from '../../../services/housing'

export function CloseOutForm(props: CaseFormProps) {
  const accepted = props.detail.stage === 'accepted'
  const routes = CLOSE_ROUTE_CHOICES.filter((r) => (accepted ? r === 'renovated' : r !== 'renovated'))
  const [route, setRoute] = useState<CloseRoute | null>(accepted ? 'renovated' : null)
  const [reason, setReason] = useState('')
  const [subsidyPaidOn, setSubsidyPaidOn] = useState(todayPlus(0))
  const [housingOptionId, setHousingOptionId] = useState<string | null>(null)
  // 安置房源 with room left, for a family that leaves its house without renovating it.
  const housing = useResult(() => listHousing(), [])
  const openOptions = accepted || housing.status !== 'ok' ? [] : housing.data.filter((o) => o.roomLeft > 0)
  const submit = useCaseSubmit(props)

  const send = () =>
    submit.move(async () => {
      if (!route) return notReady('请选择销号方式')
      if (route === 'other' && !reason.trim()) return notReady('请写明销号原因')
      if (accepted && !subsidyPaidOn) return notReady('请先填写补助拨付日期')
      return ready({ action: 'closeOut' as const, route, reason: reason.trim(), ...(accepted ? { subsidyPaidOn } : {}), ...(housingOptionId && !accepted ? { housingOptionId } : {}) })
    })

  return (
    <FormCard formKey="closeOut" title="销号" error={submit.error} busy={submit.busy} submitLabel="确认销号" onSubmit={() => void send()} onCancel={props.onCancel}>
      <Field label="销号方式" testId="case-route">
        <Choices choices={routes.map((r) => ({ value: r, label: CLOSE_ROUTE_LABELS[r] }))} value={route} onChange={setRoute} testId="case-route-option" />
      </Field>
      {openOptions.length > 0 && (
        <Field label="搬入安置房源（可不选）" testId="case-housing" hint="选了以后，这户记为住在这里，房源的空余户数随之减少">
          <Choices
            choices={[{ value: '', label: '不住安置房源' }, ...openOptions.map((o) => ({ value: o.id, label: `${o.name}（还可住 ${o.roomLeft} 户）` }))]}
            value={housingOptionId ?? ''}
            onChange={(v) => setHousingOptionId(v || null)}
            testId="case-housing-option"
          />
        </Field>
      )}
      {accepted && <DateField label="补助拨付日期" value={subsidyPaidOn} onChange={setSubsidyPaidOn} testId="case-subsidy-paid-on" />}
      <NoteField label={route === 'other' ? '销号原因（必须填写）' : '说明（可不填）'} value={reason} onChange={setReason} testId="case-reason" />
    </FormCard>
  )
}
