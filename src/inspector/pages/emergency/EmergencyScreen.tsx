// The inspector's 应急与灾情: the warnings over his village with their patrol progress,
// his emergency patrol tasks, disasters to report, and the one place he agrees to task
// reminders by WeChat message (a tap, as WeChat requires).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AlertView } from '@domain'
import { AsyncView } from '../../../components/AsyncView'
import { RoleBar } from '../../../components/RoleBar'
import { useResult } from '../../../hooks/useResult'
import { listAlerts } from '../../../services/alert'
import { askConsent, preloadConsentTemplates } from '../../../services/notify'
import { IS_WEAPP } from '../../../services/platform'
import { ROUTES } from '../../../routes'
import { useReloadOnShow } from '../../../hooks/useReloadOnShow'
import { RecentDisasters } from '../../../features/disasters/RecentDisasters'
import { AlertCard } from '../../../features/alerts/AlertCard'
import '../../../features/alerts/alerts.css'
import { PageTitle } from '../../../components/PageTitle'

const go = (url: string) => void Taro.navigateTo({ url })

export function EmergencyScreen() {
  const alerts = useResult(() => listAlerts(true), [])
  const [asked, setAsked] = useState(false)
  useReloadOnShow(alerts.reload)
  useEffect(() => {
    void preloadConsentTemplates()
  }, [])

  const remindMe = () => {
    void askConsent(['emergencyPatrol', 'deadlineReminder']).then(() => setAsked(true))
  }
  // Opening the tasks is a natural moment to agree to the next task reminder.
  const openTasks = () => {
    void askConsent(['emergencyPatrol']).finally(() => go(`${ROUTES.inspectorTasks}?kind=emergencyPatrol`))
  }

  return (
    <View className="page" data-testid="emergency-screen">
      <RoleBar />
      <PageTitle space="l">应急与灾情</PageTitle>
      <View className="fm-buttons al-actions">
        <Button block size="large" type="primary" data-testid="emergency-tasks" onClick={openTasks}>
          我的应急巡查任务 ›
        </Button>
        {IS_WEAPP && (
          <Button block size="large" fill="outline" type="primary" data-testid="emergency-consent" onClick={remindMe}>
            {asked ? '已设置，可再点一次多收一条提醒' : '接收任务提醒'}
          </Button>
        )}
      </View>
      <Text className="section-title">当前预警</Text>
      <AsyncView state={alerts} onRetry={alerts.reload} isEmpty={(rows: AlertView[]) => rows.length === 0} emptyText="本村现在没有生效的预警">
        {(rows) => (
          <View>
            {rows.map((a) => (
              <AlertCard key={a.id} alert={a} canStep={false} />
            ))}
          </View>
        )}
      </AsyncView>
      <RecentDisasters eventPath={ROUTES.inspectorDisaster} listPath={ROUTES.inspectorDisasters} declarePath={ROUTES.inspectorDisasterDeclare} />
      <Text className="section-title">本村情况</Text>
      <View className="al-tabs">
        <Button block fill="outline" type="primary" data-testid="emergency-dashboard" onClick={() => go(ROUTES.streetDashboard)}>
          数据看板
        </Button>
        <Button block fill="outline" type="primary" data-testid="emergency-map" onClick={() => go(ROUTES.streetMap)}>
          一张图
        </Button>
      </View>
    </View>
  )
}
