// One house of the month's plan: who, where, grade, when it was last patrolled, and its
// state this month — including a patrol saved on this phone that is not uploaded yet.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { JUDGMENT_LABELS, type PatrolPlanItem } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { ROUTES } from '../../routes'
import { shortTime } from '../../format/time'
import { placeText } from './format'
import { Card } from '../../components/Card'
import './field.css'

const STATUS_TEXT: Record<PatrolPlanItem['status'], string> = { unregistered: '待登记房屋', done: '本月已巡', pending: '本月未巡', overdue: '已逾期' }

/** A listed household without a registered house: tapping it opens 登记房屋. */
function UnregisteredItem({ item, queued }: { item: PatrolPlanItem; queued: boolean }) {
  // A registration waiting on the phone is not made twice: the row opens the outbox instead.
  const open = () => void Taro.navigateTo({ url: queued ? ROUTES.inspectorSync : `${ROUTES.inspectorHouseRegister}?householdId=${encodeURIComponent(item.householdId)}` })
  return (
    <Card className="plan-item plan-item--unregistered" data-testid="plan-item" data-household-id={item.householdId} data-status={queued ? 'queued' : 'unregistered'} onClick={open}>
      <View className="plan-item__head">
        <Text className="plan-item__name">{item.headNameMasked}</Text>
      </View>
      <Text className="plan-item__addr">{placeText(item.villageName, item.address)}</Text>
      <Text className="plan-item__last">{queued ? '房屋已登记，有信号后自动上传' : '新纳入的户，还没有登记房屋'}</Text>
      <View className="plan-item__foot">
        <Text className={`status-chip status-chip--${queued ? 'queued' : 'unregistered'}`}>{queued ? '已登记（待上传）' : STATUS_TEXT.unregistered}</Text>
        <Text className="plan-item__link" data-testid="plan-item-register">
          {queued ? '查看待上传 ›' : '登记房屋 ›'}
        </Text>
      </View>
    </Card>
  )
}

export function PlanItem({ item, queued }: { item: PatrolPlanItem; queued: boolean }) {
  if (item.houseId === null) return <UnregisteredItem item={item} queued={queued} />
  return <HouseItem item={item} houseId={item.houseId} queued={queued} />
}

function HouseItem({ item, houseId, queued }: { item: PatrolPlanItem; houseId: string; queued: boolean }) {
  const open = () => void Taro.navigateTo({ url: `${ROUTES.inspectorPatrol}?houseId=${encodeURIComponent(houseId)}` })
  const details = (e: { stopPropagation: () => void }) => {
    e.stopPropagation()
    void Taro.navigateTo({ url: `${ROUTES.inspectorHouse}?houseId=${encodeURIComponent(houseId)}` })
  }
  const status = queued && item.status !== 'done' ? 'queued' : item.status
  return (
    <Card className={`plan-item plan-item--${item.status}`} data-testid="plan-item" data-house-id={item.houseId} data-status={status} onClick={open}>
      <View className="plan-item__head">
        <Text className="plan-item__name">{item.headNameMasked}</Text>
        <GradeBadge grade={item.grade} />
      </View>
      <Text className="plan-item__addr">{placeText(item.villageName, item.address)}</Text>
      <Text className="plan-item__last">
        {item.lastPatrolAt ? `上次巡查：${shortTime(item.lastPatrolAt)}${item.lastJudgment ? ` ${JUDGMENT_LABELS[item.lastJudgment]}` : ''}` : '还没有巡查记录'}
      </Text>
      <View className="plan-item__foot">
        <Text className={`status-chip status-chip--${status}`}>{status === 'queued' ? '已巡（待上传）' : STATUS_TEXT[item.status]}</Text>
        <Text className="plan-item__link" data-testid="plan-item-house" onClick={details}>
          房屋详情 ›
        </Text>
      </View>
    </Card>
  )
}
