// 技术指导与监督 on the case page: the visits made to the works, each with its checklist, and
// for street staff while the works are under way a button to record one. 竣工验收 needs one.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { SUPERVISION_CHECKS, SUPERVISION_CHECK_LABELS, SUPERVISION_RESULT_LABELS, type CaseDetail, type SupervisionVisitView } from '@domain'
import { useResult } from '../../hooks/useResult'
import { useSession } from '../../services/session'
import { canCall } from '../../services/access'
import { caseSupervision } from '../../services/supervision'
import { timeText } from '../../format/time'
import { SupervisionForm } from './SupervisionForm'

function Visit({ v }: { v: SupervisionVisitView }) {
  return (
    <View className="case-event" data-testid="supervision-visit" data-issues={v.issues}>
      <View className="case-event__body">
        <Text className="case-event__meta">
          {timeText(v.visitedAt)}
          {v.byName ? ` · ${v.byName}` : ''}
        </Text>
        {SUPERVISION_CHECKS.map((k) => (
          <View key={k} className="kv">
            <Text className="kv__label">{SUPERVISION_CHECK_LABELS[k]}</Text>
            <Text className={`kv__value${v.checks[k] === 'issue' ? ' case-check--issue' : ''}`}>{SUPERVISION_RESULT_LABELS[v.checks[k]]}</Text>
          </View>
        ))}
        {v.note && <Text className="case-event__note">{v.note}</Text>}
      </View>
    </View>
  )
}

export function SupervisionSection({ detail, onRecorded }: { detail: CaseDetail; onRecorded: () => void }) {
  const { me, activeRole } = useSession()
  const role = activeRole ?? me?.roles[0] ?? null
  const visits = useResult(() => caseSupervision(detail.id), [detail.id, detail.timeline.length])
  const [open, setOpen] = useState(false)
  const underWay = detail.stage === 'renovating'
  const canRecord = underWay && canCall('supervision.record', role)
  const list = visits.status === 'ok' ? visits.data : []
  if (!underWay && list.length === 0) return null

  const done = () => {
    setOpen(false)
    void Taro.showToast({ title: '已记录', icon: 'success' })
    onRecorded()
  }

  return (
    <View className="card" data-testid="case-supervision" data-count={list.length}>
      <Text className="card-title">技术指导与监督（{list.length} 次）</Text>
      {underWay && list.length === 0 && <Text className="case-event__note">改造期间还没有监督检查。竣工验收前至少要有一次。</Text>}
      {list.map((v) => (
        <Visit key={v.id} v={v} />
      ))}
      {canRecord && !open && (
        <Button block size="large" fill="outline" type="primary" data-testid="case-supervise" onClick={() => setOpen(true)}>
          记录监督检查
        </Button>
      )}
      {open && <SupervisionForm caseId={detail.id} onDone={done} onCancel={() => setOpen(false)} />}
    </View>
  )
}
