// 纳入改造: who applied and when, and the three approvals (村评议, 街道审核, 区级审批),
// each with its date and result. Every one must be approved.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { DateField } from '../DateField'
import { Choices, Field, TextField } from '../FormParts'
import { dayText, todayPlus } from '../../../format/time'
import { APPLIED_BY_LABELS, REVIEW_RESULT_LABELS } from '../labels'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

type Result_ = 'approved' | 'rejected'
interface Review {
  date: string
  result: Result_ | null
  note: string
}
const STEPS = [
  { key: 'villageReview', label: '村评议' },
  { key: 'streetReview', label: '街道审核' },
  { key: 'districtApproval', label: '区级审批' },
] as const
type StepKey = (typeof STEPS)[number]['key']

const resultChoices = (['approved', 'rejected'] as const).map((r) => ({ value: r, label: REVIEW_RESULT_LABELS[r] }))

export function PlanForm(props: CaseFormProps) {
  // The farmer's own request in the app fills in who applied and when.
  const asked = props.detail.renovationRequest
  const [appliedBy, setAppliedBy] = useState<'farmer' | 'inspector' | null>(asked ? 'farmer' : null)
  const [appliedOn, setAppliedOn] = useState(asked?.on ?? todayPlus(0))
  const [reviews, setReviews] = useState<Record<StepKey, Review>>({
    villageReview: { date: todayPlus(0), result: null, note: '' },
    streetReview: { date: todayPlus(0), result: null, note: '' },
    districtApproval: { date: todayPlus(0), result: null, note: '' },
  })
  const submit = useCaseSubmit(props)
  const setReview = (key: StepKey, patch: Partial<Review>) => setReviews((r) => ({ ...r, [key]: { ...r[key], ...patch } }))

  const send = () =>
    submit.move(async () => {
      if (!appliedBy) return notReady('请选择由谁申请')
      if (!appliedOn) return notReady('请填写申请日期')
      for (const s of STEPS) {
        const r = reviews[s.key]
        if (!r.date || !r.result) return notReady(`请填写${s.label}的日期和结果`)
        if (r.result !== 'approved') return notReady(`${s.label}未通过，不能纳入改造`)
      }
      const done = (k: StepKey) => ({ date: reviews[k].date, result: reviews[k].result!, note: reviews[k].note.trim() })
      return ready({ action: 'planRenovation' as const, appliedBy, appliedOn, villageReview: done('villageReview'), streetReview: done('streetReview'), districtApproval: done('districtApproval') })
    })

  return (
    <FormCard formKey="planRenovation" title="纳入改造" error={submit.error} busy={submit.busy} submitLabel="纳入改造计划" onSubmit={() => void send()} onCancel={props.onCancel}>
      {asked && (
        <Text className="lead" data-testid="case-farmer-request">
          农户本人 {dayText(asked.on)} 在小程序里申请了危房改造{asked.note ? `：“${asked.note}”` : ''}
        </Text>
      )}
      <Field label="谁申请的" testId="case-applied-by">
        <Choices choices={(['farmer', 'inspector'] as const).map((a) => ({ value: a, label: APPLIED_BY_LABELS[a] }))} value={appliedBy} onChange={setAppliedBy} testId="case-applied-by-option" />
      </Field>
      <DateField label="申请日期" value={appliedOn} onChange={setAppliedOn} testId="case-applied-on" />
      {STEPS.map((s) => (
        <View key={s.key} className="case-subsection" data-testid={`case-review-${s.key}`}>
          <Text className="case-subsection__title">{s.label}</Text>
          <DateField label="日期" value={reviews[s.key].date} onChange={(date) => setReview(s.key, { date })} testId={`case-review-${s.key}-date`} />
          <Field label="结果">
            <Choices choices={resultChoices} value={reviews[s.key].result} onChange={(result) => setReview(s.key, { result })} testId={`case-review-${s.key}-result`} danger={(r) => r === 'rejected'} />
          </Field>
          <TextField label="意见（可不填）" value={reviews[s.key].note} onChange={(note) => setReview(s.key, { note })} testId={`case-review-${s.key}-note`} max={200} />
        </View>
      ))}
    </FormCard>
  )
}
