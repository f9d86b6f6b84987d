// 开始改造: the way of renovating, the money (typed in yuan, sent in fen) and the start.
import { useState } from 'react'
import { RENOVATION_METHODS } from '@domain'
import { DateField } from '../DateField'
import { Choices, Field, TextField } from '../FormParts'
import { todayPlus } from '../../../format/time'
import { yuanToFen } from '../../../format/numbers'
import { RENOVATION_METHOD_LABELS, type RenovationMethod } from '../labels'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

export function StartRenovationForm(props: CaseFormProps) {
  const [method, setMethod] = useState<RenovationMethod | null>(null)
  const [ownFunds, setOwnFunds] = useState('')
  const [subsidy, setSubsidy] = useState('')
  const [startedOn, setStartedOn] = useState(todayPlus(0))
  const submit = useCaseSubmit(props)

  const send = () =>
    submit.move(async () => {
      if (!method) return notReady('请选择改造方式')
      const ownFundsFen = yuanToFen(ownFunds || '0')
      const subsidyFen = yuanToFen(subsidy || '0')
      if (ownFundsFen === null) return notReady('自筹资金请填写金额（元），最多两位小数')
      if (subsidyFen === null) return notReady('补助资金请填写金额（元），最多两位小数')
      if (!startedOn) return notReady('请填写开工日期')
      return ready({ action: 'startRenovation' as const, method, ownFundsFen, subsidyFen, startedOn })
    })

  return (
    <FormCard formKey="startRenovation" title="开始改造" error={submit.error} busy={submit.busy} submitLabel="开始改造" onSubmit={() => void send()} onCancel={props.onCancel}>
      <Field label="改造方式" testId="case-method">
        <Choices choices={RENOVATION_METHODS.map((m) => ({ value: m, label: RENOVATION_METHOD_LABELS[m] }))} value={method} onChange={setMethod} testId="case-method-option" />
      </Field>
      <TextField label="农户自筹（元）" value={ownFunds} onChange={setOwnFunds} type="digit" testId="case-own-funds" placeholder="例如：20000" max={12} />
      <TextField label="政府补助（元）" value={subsidy} onChange={setSubsidy} type="digit" testId="case-subsidy" placeholder="例如：35000" max={12} />
      <DateField label="开工日期" value={startedOn} onChange={setStartedOn} testId="case-started-on" />
    </FormCard>
  )
}
