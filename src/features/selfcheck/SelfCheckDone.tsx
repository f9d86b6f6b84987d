// After the self-check: thanks, where the report stands now (on the phone, uploaded), and
// once the server has it, what happens next in plain words.
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { CASE_STAGES, type CaseStage } from '@domain'
import { useQueueItem } from '../../services/offline/outbox'
import { ROUTES } from '../../routes'
import { CallVillage } from '../../components/CallVillage'
import { QueueStateLine } from '../../components/QueueViews'
import { STAGE_WORDS } from './words'
import { Card } from '../../components/Card'
import './selfcheck.css'

const isStage = (v: unknown): v is CaseStage => (CASE_STAGES as readonly unknown[]).includes(v)

export function SelfCheckDone({ itemId, hazard }: { itemId: string; hazard: boolean }) {
  const item = useQueueItem(itemId)
  const stage = item?.receipt?.caseStage
  return (
    <Card className="sc-done" data-testid="selfcheck-done" data-hazard={hazard}>
      <Text className="sc-done__icon">{hazard ? '📨' : '🏡'}</Text>
      <Text className="sc-done__title">{hazard ? '谢谢，已经记下您报告的问题' : '谢谢，房子情况已记录'}</Text>
      {item && <QueueStateLine item={item} />}
      {hazard && (
        <Text className="sc-done__next" data-testid="selfcheck-status">
          {item?.state === 'synced' ? `处理进度：${isStage(stage) ? STAGE_WORDS[stage] : '村里已收到'}` : '有信号后会自动发给村里，不用再点'}
        </Text>
      )}
      {hazard && <Text className="sc-done__safe">如果房子情况危险，请先离开房子，到安全的地方，并打电话告诉村里。</Text>}
      {hazard && <CallVillage />}
      <Button block type="primary" size="large" data-testid="selfcheck-home" onClick={() => void Taro.reLaunch({ url: ROUTES.myHouse })}>
        回到我家的房屋
      </Button>
      <Button block fill="outline" type="primary" size="large" data-testid="selfcheck-reports" onClick={() => void Taro.redirectTo({ url: ROUTES.myReports })}>
        我的上报
      </Button>
    </Card>
  )
}
