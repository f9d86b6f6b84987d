// The appraiser's home: the appraisals assigned to him (overdue first, with the due date),
// each one tap from its appraisal form, then the ones he has done.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CaseSummary } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { GradeBadge } from '../../components/GradeBadge'
import { useResult } from '../../hooks/useResult'
import { ROUTES } from '../../routes'
import { appraisalQueue } from '../../services/appraisal'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { dayText } from '../../format/time'
import { Card } from '../../components/Card'
import './cases.css'

function QueueItem({ c, done }: { c: CaseSummary; done: boolean }) {
  const open = () => void Taro.navigateTo({ url: done ? `${ROUTES.streetCase}?id=${encodeURIComponent(c.id)}` : `${ROUTES.streetAppraisal}?caseId=${encodeURIComponent(c.id)}` })
  return (
    <Card className={`case-item${c.overdue && !done ? ' case-item--overdue' : ''}`} data-testid={done ? 'appraisal-done' : 'appraisal-todo'} data-case-id={c.id} data-overdue={c.overdue} onClick={open}>
      <View className="case-item__head">
        <Text className="case-item__name">{c.headNameMasked}</Text>
        <GradeBadge grade={c.grade} />
      </View>
      <Text className="case-item__where">
        {c.villageName} · {c.address}
      </Text>
      {!done && c.dueDate && (
        <Text className={`case-item__due${c.overdue ? ' case-item__due--late' : ''}`}>
          {c.overdue ? '已逾期 · ' : ''}
          {dayText(c.dueDate)}前完成
        </Text>
      )}
      <Text className="case-item__more">{done ? `${c.stageLabel} · 查看案件 ›` : '去鉴定 ›'}</Text>
    </Card>
  )
}

export function AppraiserQueue() {
  const queue = useResult(appraisalQueue, [])
  useReloadOnShow(queue.reload)
  return (
    <AsyncView state={queue} onRetry={queue.reload}>
      {(q) => (
        <View data-testid="appraisal-queue">
          <Text className="case-section-title">待我鉴定（{q.todo.length}）</Text>
          {q.todo.length === 0 && <Text className="case-stale">现在没有安排给您的鉴定</Text>}
          {q.todo.map((c) => (
            <QueueItem key={c.id} c={c} done={false} />
          ))}
          {q.done.length > 0 && <Text className="case-section-title">我已鉴定</Text>}
          {q.done.map((c) => (
            <QueueItem key={c.id} c={c} done />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
