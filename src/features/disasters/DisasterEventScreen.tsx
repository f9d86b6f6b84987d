// One disaster: when it happened, the report deadline, per village whether it has
// finished reporting (overdue in red), and every damaged house reported. An inspector
// reports houses of his village and says when his village is done.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Dialog } from '@nutui/nutui-react-taro'
import type { DisasterEventView, Me, Role } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { ErrorView } from '../../components/StateViews'
import { useMe } from '../../hooks/useMe'
import { useResult } from '../../hooks/useResult'
import { getDisaster, markVillageDone } from '../../services/disaster'
import { ROUTES } from '../../routes'
import { shortTime } from '../../format/time'
import { useActiveRole } from '../../hooks/useActiveRole'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { ReportList } from './ReportList'
import { VillageStatusList } from './VillageStatusList'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './disasters.css'

interface Props {
  eventId: string | undefined
  /** The inspector's report form; absent on the street's page. */
  reportPath?: string
}

function InspectorActions({ event, me, reportPath, onChanged }: { event: DisasterEventView; me: Me; reportPath: string; onChanged: (e: DisasterEventView) => void }) {
  const mine = event.villages.filter((v) => me.villages.some((m) => m.id === v.villageId))
  const [confirming, setConfirming] = useState<string | null>(null)
  const [error, setError] = useState('')
  if (mine.length === 0) return null

  const finish = async (villageId: string) => {
    setConfirming(null)
    const res = await markVillageDone(event.id, villageId)
    if (!res.ok) return setError(res.message)
    setError('')
    onChanged(res.data)
  }

  return (
    <View className="fm-buttons ds-actions">
      <View className="ds-warn">
        <Button block size="large" type="warning" data-testid="disaster-report-open" onClick={() => void Taro.navigateTo({ url: `${reportPath}?eventId=${encodeURIComponent(event.id)}` })}>
          ＋ 上报一户受损房屋
        </Button>
      </View>
      {mine.map((v) =>
        v.done ? (
          <Text key={v.villageId} className="ds-note ds-note--ok" data-testid="village-done-mark">
            {v.villageName}已上报完毕
          </Text>
        ) : (
          <Button key={v.villageId} block size="large" fill="outline" type="primary" data-testid="village-done" onClick={() => setConfirming(v.villageId)}>
            {mine.length > 1 ? `${v.villageName}：` : ''}本村上报完毕
          </Button>
        ),
      )}
      {error && <Text className="ds-note ds-note--danger">{error}</Text>}
      <Dialog
        visible={confirming !== null}
        title="本村上报完毕？"
        content="确认本村受损房屋已经全部上报。之后再发现受损房屋，仍可继续上报。"
        confirmText="确认完毕"
        cancelText="再看看"
        onConfirm={() => void finish(confirming!)}
        onCancel={() => setConfirming(null)}
      />
    </View>
  )
}

function EventBody({ initial, role, me, reportPath }: { initial: DisasterEventView; role: Role | null; me: Me; reportPath?: string }) {
  const [event, setEvent] = useState(initial)
  const late = event.villages.filter((v) => v.overdue).length
  return (
    <View data-testid="disaster-event" data-event-id={event.id}>
      <Card className="ds-head">
        <Text className="ds-head__kind">{event.kindLabel}</Text>
        <Text className="ds-head__line">{shortTime(event.occurredAt)} 发生</Text>
        {event.description && event.description !== event.kindLabel && <Text className="ds-head__desc">{event.description}</Text>}
        <Text className={`ds-head__due${late ? ' ds-head__due--late' : ''}`} data-testid="disaster-due">
          {event.dueDate} 前上报完毕{late ? ` · ${late} 个村已逾期` : ''}
        </Text>
      </Card>
      {role === 'inspector' && reportPath && <InspectorActions event={event} me={me} reportPath={reportPath} onChanged={setEvent} />}
      <Text className="section-title">各村上报情况</Text>
      <VillageStatusList villages={event.villages} />
      <Text className="section-title">已上报的受损房屋（{event.reports.length}）</Text>
      <ReportList event={event} casePath={role === 'inspector' ? ROUTES.inspectorCase : ROUTES.streetCase} />
    </View>
  )
}

export function DisasterEventScreen({ eventId, reportPath }: Props) {
  const role = useActiveRole()
  const me = useMe()
  const event = useResult(() => getDisaster(eventId ?? ''), [eventId])
  useReloadOnShow(event.reload)
  if (!eventId) return <ErrorView message="没有指明是哪次灾情" onRetry={() => void Taro.navigateBack()} />
  return (
    <View className="page" data-testid="disaster-screen">
      <PageTitle space="l">灾损上报</PageTitle>
      <AsyncView state={event} onRetry={event.reload}>
        {(e) => (
          <AsyncView state={me} onRetry={me.reload}>
            {(user) => <EventBody key={`${e.id}:${e.reports.length}:${e.villages.filter((v) => v.done).length}`} initial={e} role={role} me={user} reportPath={reportPath} />}
          </AsyncView>
        )}
      </AsyncView>
    </View>
  )
}
