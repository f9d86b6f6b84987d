// 我的上报: the farmer's self-checks, newest first, each with what he reported and where
// its case stands in plain words; records still on the phone are shown first, honestly.
import { useEffect, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { SelfCheckView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { loadMeOfflineFirst, syncNow, unsent, useOwnQueue } from '../../services/offline/outbox'
import { mySelfChecks } from '../../services/selfcheck'
import { QueueItemCard } from '../../components/QueueViews'
import { shortTime } from '../../format/time'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { QUESTION_SHORT, STAGE_WORDS } from './words'
import { Card } from '../../components/Card'
import './selfcheck.css'

function Report({ r }: { r: SelfCheckView }) {
  const problems = Object.entries(r.answers)
    .filter(([, yes]) => yes)
    .map(([k]) => QUESTION_SHORT[k as keyof typeof QUESTION_SHORT] ?? k)
  return (
    <Card className={`report${r.hazard ? ' report--hazard' : ''}`} data-testid="selfcheck-report" data-report-id={r.id}>
      <Text className="report__when">{shortTime(r.checkedAt)}</Text>
      <Text className="report__what">{r.hazard ? `报告了问题：${problems.join('、')}` : '自查没有发现问题'}</Text>
      {r.description && <Text className="report__desc">“{r.description}”</Text>}
      {r.hazard && (
        <Text className="report__stage" data-testid="report-stage">
          处理进度：{r.caseStage ? STAGE_WORDS[r.caseStage] : '村里已收到'}
        </Text>
      )}
    </Card>
  )
}

function OnPhone({ ownerId }: { ownerId: string }) {
  const waiting = unsent(useOwnQueue(ownerId)).filter((i) => i.kind === 'selfCheck')
  const [syncing, setSyncing] = useState(false)
  if (waiting.length === 0) return null
  return (
    <View data-testid="reports-on-phone">
      <Text className="sc-section">还在手机上，等待发出（{waiting.length}）</Text>
      {waiting.map((i) => (
        <QueueItemCard key={i.id} item={i} />
      ))}
      <Button
        block
        type="primary"
        size="large"
        loading={syncing}
        data-testid="sync-now"
        onClick={async () => {
          setSyncing(true)
          await syncNow(true)
          setSyncing(false)
        }}
      >
        立即发出
      </Button>
    </View>
  )
}

export function MyReportsScreen() {
  const me = useResult(loadMeOfflineFirst, [])
  const reports = useResult(mySelfChecks, [])
  useReloadOnShow(reports.reload)
  // A report just sent from the phone shows up in the server's list.
  const sent = useOwnQueue(me.status === 'ok' ? me.data.userId : null).filter((i) => i.kind === 'selfCheck' && i.state === 'synced').length
  useEffect(() => {
    if (sent > 0) reports.reload()
  }, [sent])
  return (
    <View className="page sc-page">
      <Text className="sc-title">我的上报</Text>
      {me.status === 'ok' && <OnPhone ownerId={me.data.userId} />}
      <Text className="sc-section">已经发出的</Text>
      <AsyncView state={reports} onRetry={reports.reload} isEmpty={(list) => list.length === 0} emptyText="还没有上报过">
        {(list) => (
          <View data-testid="report-list">
            {list.map((r) => (
              <Report key={r.id} r={r} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
