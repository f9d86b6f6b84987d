// 安排鉴定: one of the street's appraisers, a deadline (a week by default) and, when a
// third-party firm does the work, its name.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import { AsyncView } from '../../../components/AsyncView'
import { useResult } from '../../../hooks/useResult'
import { caseAppraisers } from '../../../services/case'
import { DateField } from '../DateField'
import { Choices, Field, TextField } from '../FormParts'
import { todayPlus } from '../../../format/time'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

export function AssignForm(props: CaseFormProps) {
  const appraisers = useResult(caseAppraisers, [])
  const [appraiserId, setAppraiserId] = useState<string | null>(props.detail.assignedAppraiserId)
  const [dueDate, setDueDate] = useState(todayPlus(7))
  const [firm, setFirm] = useState('')
  const submit = useCaseSubmit(props)
  const send = () =>
    submit.move(async () => {
      if (!appraiserId) return notReady('请选择鉴定人员')
      if (!dueDate) return notReady('请选择鉴定期限')
      if (dueDate < todayPlus(0)) return notReady('鉴定期限不能早于今天')
      return ready({ action: 'assignAppraisal' as const, appraiserId, dueDate, firm: firm.trim() })
    })
  return (
    <FormCard formKey="assignAppraisal" title="安排鉴定" error={submit.error} busy={submit.busy} submitLabel="确认安排" onSubmit={() => void send()} onCancel={props.onCancel}>
      <Field label="鉴定人员" testId="case-appraiser">
        <AsyncView state={appraisers} onRetry={appraisers.reload} isEmpty={(list) => list.length === 0} emptyText="本街道还没有鉴定人员账号">
          {(list) => <Choices choices={list.map((a) => ({ value: a.id, label: a.name }))} value={appraiserId} onChange={setAppraiserId} testId="case-appraiser-option" />}
        </AsyncView>
      </Field>
      <DateField label="鉴定期限" value={dueDate} onChange={setDueDate} testId="case-due-date" hint="默认一周内完成" />
      <TextField label="第三方鉴定机构（可不填）" value={firm} onChange={setFirm} testId="case-firm" placeholder="请第三方机构鉴定时填写机构名称" max={50} />
      {props.detail.assignedAppraiserId && <Text className="case-field__hint">已安排过鉴定，重新提交会改为新的安排。</Text>}
    </FormCard>
  )
}
