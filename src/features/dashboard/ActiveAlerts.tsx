// The warnings in force and how far their emergency patrols have got (tasks done of
// tasks created); tapping one opens its patrol.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Dashboard } from '@domain'
import { ALERT_COLOR_HEX, alertTitle } from '../../format/alert-labels'
import type { DashboardLinks } from './links'
import { Card } from '../../components/Card'
import './dashboard.css'

const go = (url: string) => void Taro.navigateTo({ url })

export function ActiveAlerts({ alerts, campaigns, links }: Pick<Dashboard, 'alerts' | 'campaigns'> & { links: DashboardLinks }) {
  if (alerts.length === 0) {
    return (
      <Card className="db-alerts db-alerts--none" data-testid="dash-alerts" data-count={0} onClick={() => go(links.alerts)}>
        <Text className="db-alerts__none">当前没有生效的预警 ›</Text>
      </Card>
    )
  }
  return (
    <Card className="db-alerts" data-testid="dash-alerts" data-count={alerts.length}>
      <Text className="db-chart__title">生效的预警（{alerts.length}）</Text>
      {alerts.map((a) => {
        const c = campaigns.find((x) => x.id === a.campaignId)
        const pct = c && c.tasksCreated > 0 ? Math.round((c.tasksDone / c.tasksCreated) * 100) : 0
        return (
          <View key={a.id} className="db-alert" data-testid="dash-alert" data-alert-id={a.id} onClick={() => go(c ? links.campaign(c.id) : links.alerts)}>
            <View className="db-alert__head">
              <View className="db-alert__chip" style={{ background: ALERT_COLOR_HEX[a.color] }} />
              <Text className="db-alert__name">{alertTitle(a.eventName, a.colorLabel)}</Text>
              <Text className="db-alert__villages">{a.villageIds.length} 个村</Text>
            </View>
            {c ? (
              <View>
                <View className="db-alert__bar">
                  <View className="db-alert__fill" style={{ width: `${pct}%` }} />
                </View>
                <Text className="db-alert__line" data-testid="dash-alert-progress">
                  应急巡查 {c.tasksDone} / {c.tasksCreated} 户{c.status === 'running' ? '（任务生成中）' : ''} ›
                </Text>
              </View>
            ) : (
              <Text className="db-alert__line">无需应急巡查</Text>
            )}
            {a.attribution && <Text className="db-alert__attr">{a.attribution}</Text>}
          </View>
        )
      })}
    </Card>
  )
}
