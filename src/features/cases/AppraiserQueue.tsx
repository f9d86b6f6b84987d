// The appraiser's home: the appraisals assigned to him (overdue first, with the due date),
// each one tap from its appraisal form, then the ones he has done.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { CaseSummary } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { ROUTES } from '../../routes'
import { appraisalQueue } from '../../services/appraisal'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { Card } from '../../components/Card'
import { CaseItemHead, CaseDue } from './CaseItemParts'
import './cases.css'

function QueueItem({ c, done }: { c: CaseSummary; done: boolean }) {
  const open = () => void Taro.navigateTo({ url: done ? `${ROUTES.streetCase}?id=${encodeURIComponent(c.id)}` : `${ROUTES.streetAppraisal}?caseId=${encodeURIComponent(c.id)}` })
  return (
    <Card className={`case-item${c.overdue && !done ? ' case-item--overdue' : ''}`} data-testid={done ? 'appraisal-done' : 'appraisal-todo'} data-case-id={c.id} data-overdue={c.overdue} onClick={open}>
      <CaseItemHead item={c} />
      {!done && c.dueDate && (
        <CaseDue due={c.dueDate} overdue={c.overdue} />
      )}
      <Text className="item-more">{done ? `${c.stageLabel} · 查看案件 ›` : '去鉴定 ›'}</Text>
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
          <Text className="card-title">待我鉴定（{q.todo.length}）</Text>
          {q.todo.length === 0 && <Text className="notice notice--strong notice--danger case-stale">现在没有安排给您的鉴定</Text>}
          {q.todo.map((c) => (
            <QueueItem key={c.id} c={c} done={false} />
          ))}
          {q.done.length > 0 && <Text className="card-title">我已鉴定</Text>}
          {q.done.map((c) => (
            <QueueItem key={c.id} c={c} done />
          ))}
        </View>
      )}
    </AsyncView>
  )
}
