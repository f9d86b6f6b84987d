// One warning: its colour, type, how many villages, when, the text, QWeather's
// attribution when the data came from it, and its emergency patrol's progress.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AlertView } from '@domain'
import { ROUTES } from '../../routes'
import { CampaignProgress } from './CampaignProgress'
import { ALERT_COLOR_HEX, alertTitle } from '../../format/alert-labels'
import { shortTime } from '../../format/time'
import { useCampaign } from './useCampaign'
import { Card } from '../../components/Card'
import './alerts.css'

function AlertCampaign({ campaignId, canStep }: { campaignId: string; canStep: boolean }) {
  const c = useCampaign(campaignId)
  if (!c.campaign) return c.error ? <Text className="al-note">{c.error.message}</Text> : <Text className="al-note">正在读取巡查进度…</Text>
  return (
    <View>
      <CampaignProgress campaign={c.campaign} onStep={canStep ? c.run : undefined} stepping={c.stepping} />
      {c.error && <Text className="al-note al-note--danger">{c.error.message}</Text>}
      <Button block fill="outline" type="primary" data-testid="alert-open-campaign" onClick={() => void Taro.navigateTo({ url: `${ROUTES.streetCampaign}?campaignId=${encodeURIComponent(campaignId)}` })}>
        查看巡查详情 ›
      </Button>
    </View>
  )
}

/** The warning's colour block and its title, on its card and on its emergency patrol. */
export function AlertHead({ alert: a }: { alert: AlertView }) {
  return (
    <View className="al-card__head">
      <View className="al-color" style={{ background: ALERT_COLOR_HEX[a.color] }}>
        <Text>{a.colorLabel}</Text>
      </View>
      <Text className="al-card__title">{alertTitle(a.eventName, a.colorLabel)}</Text>
    </View>
  )
}

/** rulesLink: street roles are sent to 预警规则 from a warning no rule knew. */
export function AlertCard({ alert: a, canStep, rulesLink = false }: { alert: AlertView; canStep: boolean; rulesLink?: boolean }) {
  return (
    <Card className={`al-card al-card--${a.color}`} data-testid="alert-item" data-alert-id={a.id} data-color={a.color} style={{ borderLeftColor: ALERT_COLOR_HEX[a.color] }}>
      <AlertHead alert={a} />
      <Text className="al-card__line" data-testid="alert-villages">
        涉及 {a.villageIds.length} 个村（社区）
      </Text>
      <Text className="al-card__line">
        {shortTime(a.startsAt)} 至 {shortTime(a.endsAt)}
        {a.cancelled ? ' · 已解除' : ''}
      </Text>
      {a.text && <Text className="al-card__text">{a.text}</Text>}
      {a.attribution && (
        <Text className="al-card__attr" data-testid="alert-attribution">
          {a.attribution}
        </Text>
      )}
      {a.campaignId ? (
        <AlertCampaign campaignId={a.campaignId} canStep={canStep} />
      ) : a.ruleMatched || !rulesLink ? (
        <Text className="al-note">此预警不需要应急巡查</Text>
      ) : (
        <Text className="al-note al-note--danger" data-testid="alert-no-rule" onClick={() => void Taro.navigateTo({ url: ROUTES.streetAlertRules })}>
          这种预警还没有巡查规则，没有生成巡查任务。点这里添加规则 ›
        </Text>
      )}
    </Card>
  )
}
