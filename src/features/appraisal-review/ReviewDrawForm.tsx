// 抽取复核: how many completed appraisals, which appraiser reviews them, and by when.
import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { AsyncView } from '../../components/AsyncView'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field } from '../../components/form/Field'
import { FormActions } from '../../components/form/FormActions'
import { useSend } from '../../hooks/useSend'
import { useResult } from '../../hooks/useResult'
import { todayPlus } from '../../format/time'
import { newId } from '../../services/ids'
import { drawAppraisalReviews } from '../../services/appraisal-review'
import { caseAppraisers } from '../../services/case'
import '../../components/form/form.css'

const COUNTS = ['1', '3', '5', '10'] as const
const DAYS = ['7', '14', '30'] as const

export function ReviewDrawForm({ onDrawn, onCancel }: { onDrawn: (n: number) => void; onCancel: () => void }) {
  const drawId = useRef(newId('ard')).current
  const appraisers = useResult(() => caseAppraisers(), [])
  const [count, setCount] = useState<(typeof COUNTS)[number]>('3')
  const [days, setDays] = useState<(typeof DAYS)[number]>('14')
  const [reviewerId, setReviewerId] = useState<string | null>(null)
  const send = useSend()

  const draw = async () => {
    if (!reviewerId) return send.fail('请选择复核的鉴定人员')
    await send.run(() => drawAppraisalReviews({ drawId, count: Number(count), reviewerId, dueDate: todayPlus(Number(days)) }), (drawn) => onDrawn(drawn.length))
  }

  return (
    <View className="card" data-testid="review-draw-form">
      <Field label="抽取几处已完成的鉴定">
        <ChoiceGrid columns={4} choices={COUNTS.map((c) => ({ value: c, label: `${c} 处` }))} value={count} onChange={setCount} testId="review-count" />
      </Field>
      <Field label="由谁复核" hint="不会抽到他自己做的鉴定；复核时他看不到原来的等级">
        <AsyncView state={appraisers} onRetry={appraisers.reload} isEmpty={(a) => a.length === 0} emptyText="本街道还没有鉴定人员">
          {(list) => <ChoiceGrid choices={list.map((a) => ({ value: a.id, label: a.name }))} value={reviewerId} onChange={setReviewerId} testId="review-reviewer" />}
        </AsyncView>
      </Field>
      <Field label="复核期限">
        <ChoiceGrid columns={3} choices={DAYS.map((d) => ({ value: d, label: `${d} 天内` }))} value={days} onChange={setDays} testId="review-days" />
      </Field>
      <FormActions error={send.error} busy={send.busy} label="抽取并交给他复核" sendTestId="review-draw" errorTestId="review-draw-error" onSend={draw} onCancel={onCancel} />
    </View>
  )
}
