// 预警与应急巡查: the warnings over the user's villages (current or all), each with its
// emergency patrol's progress; street staff issue a warning by hand from here.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AlertView } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { useResult } from '../../../hooks/useResult'
import { listAlerts } from '../../../services/alert'
import { ROUTES } from '../../../routes'
import { canCall } from '../../../services/access'
import { useActiveRole } from '../../../hooks/useActiveRole'
import { useReloadOnShow } from '../../../hooks/useReloadOnShow'
import { RecentDisasters } from '../../../features/disasters/RecentDisasters'
import { AlertCard } from '../../../features/alerts/AlertCard'
import '../../../features/alerts/alerts.css'
import { PageTitle } from '../../../components/PageTitle'
import { Tabs } from '../../../components/Tabs'

export function AlertListScreen() {
  const role = useActiveRole()
  const [activeOnly, setActiveOnly] = useState(true)
  const alerts = useResult(() => listAlerts(activeOnly), [activeOnly])
  useReloadOnShow(alerts.reload)
  const canIssue = canCall('alert.issue', role)
  return (
    <View className="page" data-testid="alert-list-screen">
      <PageTitle space="l">预警与应急巡查</PageTitle>
      {canIssue && (
        <View className="al-actions">
          <Button block size="large" type="primary" data-testid="alert-issue-open" onClick={() => void Taro.navigateTo({ url: ROUTES.streetAlertIssue })}>
            ＋ 发布预警
          </Button>
        </View>
      )}
      {canCall('alertRule.list', role) && (
        <Button block size="large" fill="outline" type="primary" data-testid="alert-rules-open" onClick={() => void Taro.navigateTo({ url: ROUTES.streetAlertRules })}>
          预警规则（哪些预警要应急巡查）
        </Button>
      )}
      <Tabs items={[{ key: true, label: '当前预警', testId: 'alert-tab-active' }, { key: false, label: '全部预警', testId: 'alert-tab-all' }]} value={activeOnly} onChange={setActiveOnly} />
      <AsyncView state={alerts} onRetry={alerts.reload} isEmpty={(rows: AlertView[]) => rows.length === 0} emptyText={activeOnly ? '现在没有生效的预警' : '还没有预警'}>
        {(rows) => (
          <View>
            {rows.map((a) => (
              <AlertCard key={a.id} alert={a} canStep={canCall('campaign.step', role)} rulesLink={canCall('alertRule.list', role)} />
            ))}
          </View>
        )}
      </AsyncView>
      <RecentDisasters eventPath={ROUTES.streetDisaster} listPath={ROUTES.streetDisasters} declarePath={canCall('disaster.declare', role) ? ROUTES.streetDisasterDeclare : undefined} />
    </View>
  )
}
