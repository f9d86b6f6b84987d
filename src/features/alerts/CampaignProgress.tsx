// How far an emergency patrol has got: villages whose tasks are created, and patrol
// tasks done of those created. Street staff may push the task creation on while it runs.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { CampaignView } from '@domain'
import { shortTime } from '../../format/time'
import './alerts.css'

const pct = (done: number, all: number) => (all > 0 ? Math.round((done / all) * 100) : 0)

function Bar({ label, done, all, testId }: { label: string; done: number; all: number; testId: string }) {
  const p = pct(done, all)
  return (
    <View className="al-bar" data-testid={testId} data-done={done} data-all={all}>
      <View className="al-bar__head">
        <Text className="al-bar__label">{label}</Text>
        <Text className="al-bar__num">
          {done} / {all}
        </Text>
      </View>
      <View className="al-bar__track">
        <View className="al-bar__fill" style={{ width: `${p}%` }} />
      </View>
    </View>
  )
}

interface Props {
  campaign: CampaignView
  /** Shown while the campaign still creates tasks, for roles that may step it. */
  onStep?: () => void
  stepping?: boolean
}

export function CampaignProgress({ campaign: c, onStep, stepping = false }: Props) {
  const running = c.status === 'running'
  return (
    <View className="al-campaign" data-testid="campaign-progress" data-status={c.status} data-campaign-id={c.id}>
      <View className="item-head">
        <Text className="al-campaign__title">应急巡查</Text>
        <Text className={`al-status al-status--${c.status}`} data-testid="campaign-status">
          {running ? '正在生成任务' : '任务已全部生成'}
        </Text>
      </View>
      <Text className="al-campaign__line">
        范围：{c.scope === 'all' ? '所有监测户' : 'B/C/D级及有隐患的房屋'} · {shortTime(c.dueAt)} 前完成
      </Text>
      <Text className="al-campaign__line">已通知巡查员 {c.inspectorsNotified} 人</Text>
      <Bar label="已生成任务的村（社区）" done={c.villagesDone} all={c.villages} testId="campaign-villages" />
      <Bar label="已完成的巡查任务" done={c.tasksDone} all={c.tasksCreated} testId="campaign-tasks" />
      {running && onStep && (
        <Button block size="large" type="primary" loading={stepping} disabled={stepping} data-testid="campaign-step" onClick={onStep}>
          {stepping ? '正在生成任务…' : '继续生成任务'}
        </Button>
      )}
    </View>
  )
}
