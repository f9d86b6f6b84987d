// 鉴定准确: street staff draw completed appraisals for a second appraiser and see where
// the two grades differ; the appraiser asked to review grades each house here.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AppraisalReviewView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { canCall } from '../../services/access'
import { listAppraisalReviews } from '../../services/appraisal-review'
import { useSession } from '../../services/session'
import { ReviewCard } from './ReviewCard'
import { ReviewDrawForm } from './ReviewDrawForm'
import '../../components/street.css'

export function AppraisalReviewScreen() {
  const { me, activeRole } = useSession()
  const role = activeRole ?? me?.roles[0] ?? null
  const canDraw = canCall('appraisalReview.draw', role)
  const canReview = role === 'appraiser'
  const list = useResult(() => listAppraisalReviews(), [role])
  const [drawing, setDrawing] = useState(false)
  const drawn = (n: number) => {
    setDrawing(false)
    void Taro.showToast({ title: `已抽取 ${n} 处`, icon: 'success' })
    list.reload()
  }
  return (
    <View className="page st-page" data-testid="appraisal-review-screen">
      <Text className="st-title">鉴定复核</Text>
      <Text className="st-line">{canReview ? '街道请您复核以下房屋的鉴定。请按导则独立评定等级，提交后才能看到原来的等级。' : '随机抽取已完成的鉴定，交给另一位鉴定人员复核；两次等级不一致的会标出来。'}</Text>
      {canDraw && !drawing && (
        <Button block size="large" type="primary" data-testid="review-start" onClick={() => setDrawing(true)}>
          ＋ 抽取鉴定复核
        </Button>
      )}
      {drawing && <ReviewDrawForm onDrawn={drawn} onCancel={() => setDrawing(false)} />}
      <AsyncView state={list} onRetry={list.reload} isEmpty={(rows: AppraisalReviewView[]) => rows.length === 0} emptyText={canReview ? '现在没有要您复核的鉴定。' : '还没有抽取过鉴定复核。'}>
        {(rows) => (
          <View data-testid="review-list">
            {rows.map((r) => (
              <ReviewCard key={r.id} r={r} canReview={canReview} onDone={list.reload} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
