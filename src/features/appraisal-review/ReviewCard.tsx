// One appraisal drawn for review: where, when it was appraised, and how the second
// appraiser graded it — a different grade is flagged. The reviewer grades it here.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { GRADES, type AppraisalReviewView, type Grade } from '@domain'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field, FormError, TextField } from '../../components/form/Field'
import { dayText } from '../../format/time'
import { submitAppraisalReview } from '../../services/appraisal-review'

function Outcome({ r }: { r: AppraisalReviewView }) {
  if (r.status === 'open') return <Text className="st-badge st-badge--info">待复核</Text>
  return r.disagrees ? <Text className="st-badge st-badge--danger">等级不一致</Text> : <Text className="st-badge st-badge--ok">一致</Text>
}

export function ReviewCard({ r, canReview, onDone }: { r: AppraisalReviewView; canReview: boolean; onDone: () => void }) {
  const [grade, setGrade] = useState<Grade | null>(null)
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  const send = async () => {
    if (!grade) return setError('请选择您评定的等级')
    setBusy(true)
    const res = await submitAppraisalReview({ reviewId: r.id, grade, note: note.trim() })
    setBusy(false)
    if (!res.ok) return setError(res.message)
    void Taro.showToast({ title: '已提交', icon: 'success' })
    onDone()
  }

  return (
    <View className="card" data-testid="review-item" data-status={r.status} data-disagrees={String(r.disagrees)}>
      <View className="st-card-head">
        <Text className="st-card-head__title">
          {r.villageName} {r.headNameMasked}
        </Text>
        <Outcome r={r} />
      </View>
      <Text className="st-line">地址：{r.address}</Text>
      <Text className="st-line">
        {dayText(r.appraisedOn)} 鉴定{r.firstGrade ? `为 ${r.firstGrade} 级（${r.firstAppraiserName}）` : ''}
      </Text>
      <Text className="st-line">
        复核：{r.reviewerName}，{dayText(r.dueDate)} 前{r.reviewGrade ? `，评为 ${r.reviewGrade} 级` : ''}
      </Text>
      {r.note && <Text className="st-line">复核意见：{r.note}</Text>}
      {canReview && r.status === 'open' && (
        <>
          <Field label="您评定的等级">
            <ChoiceGrid columns={4} choices={GRADES.map((g) => ({ value: g, label: `${g} 级` }))} value={grade} onChange={setGrade} testId="review-grade" />
          </Field>
          <TextField label="复核意见" hint="等级和原鉴定不同时必须写明理由" value={note} onChange={setNote} maxLength={300} testId="review-note" />
          <FormError message={error} testId="review-error" />
          <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid="review-submit" onClick={() => void send()}>
            提交复核
          </Button>
        </>
      )}
    </View>
  )
}
