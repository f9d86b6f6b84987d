// One emergency patrol: the warning behind it and how far it has got. Opened right after
// issuing a warning (run=1), it creates the remaining tasks at once; otherwise street
// staff tap "继续生成任务" while it runs (the scheduler also carries it on).
import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { ErrorView, LoadingView } from '../../components/StateViews'
import { useResult } from '../../hooks/useResult'
import { listAlerts } from '../../services/alert'
import { ROUTES } from '../../routes'
import { canCall } from '../../services/access'
import { useActiveRole } from '../../hooks/useActiveRole'
import { CampaignProgress } from './CampaignProgress'
import { ALERT_COLOR_HEX } from '../../format/alert-labels'
import { AlertHead } from './AlertCard'
import { useCampaign } from './useCampaign'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './alerts.css'

function AlertHeader({ alertId }: { alertId: string }) {
  const alerts = useResult(() => listAlerts(false), [])
  const a = alerts.status === 'ok' ? alerts.data.find((x) => x.id === alertId) : undefined
  if (!a) return null
  return (
    <Card className="al-card" data-testid="campaign-alert" style={{ borderLeftColor: ALERT_COLOR_HEX[a.color] }}>
      <AlertHead alert={a} />
      <Text className="al-card__line">涉及 {a.villageIds.length} 个村（社区）</Text>
      {a.text && <Text className="al-card__text">{a.text}</Text>}
      {a.attribution && <Text className="al-card__attr">{a.attribution}</Text>}
    </Card>
  )
}

export function CampaignScreen({ campaignId, autoRun }: { campaignId: string | undefined; autoRun: boolean }) {
  const role = useActiveRole()
  const c = useCampaign(campaignId)
  const canStep = canCall('campaign.step', role)
  const started = useRef(false)

  useEffect(() => {
    if (autoRun && canStep && !started.current && c.campaign?.status === 'running') {
      started.current = true
      c.run()
    }
  }, [autoRun, canStep, c.campaign?.status, c.run])

  if (!campaignId) return <ErrorView message="没有指明是哪次应急巡查" onRetry={() => void Taro.navigateBack()} />
  return (
    <View className="page" data-testid="campaign-screen">
      <PageTitle space="l">应急巡查进度</PageTitle>
      {c.campaign && <AlertHeader alertId={c.campaign.alertId} />}
      {c.loading && !c.campaign && <LoadingView />}
      {!c.campaign && c.error && <ErrorView code={c.error.code} message={c.error.message} onRetry={c.reload} />}
      {c.campaign && (
        <Card>
          <CampaignProgress campaign={c.campaign} onStep={canStep ? c.run : undefined} stepping={c.stepping} />
          {c.error && <Text className="al-note al-note--danger">{c.error.message}</Text>}
          {c.campaign.status === 'done' && (
            <Text className="al-note al-note--ok" data-testid="campaign-done">
              巡查任务已全部派到各村巡查员，完成情况会随巡查上报更新。
            </Text>
          )}
        </Card>
      )}
      <View className="fm-buttons">
        <Button block size="large" fill="outline" type="primary" data-testid="campaign-refresh" onClick={c.reload}>
          刷新进度
        </Button>
        <Button block size="large" fill="outline" type="default" data-testid="campaign-to-alerts" onClick={() => void Taro.redirectTo({ url: ROUTES.streetAlerts })}>
          全部预警
        </Button>
      </View>
    </View>
  )
}
