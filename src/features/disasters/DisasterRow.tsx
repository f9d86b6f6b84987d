// One declared disaster in a list: what happened and when, whether its reporting is
// 上报中 / 已逾期 / 已完毕, and for the viewer's villages whether they are done. An
// inspector reads his own village; the street reads how many villages are done or late.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DisasterListItem, DisasterState } from '@domain'
import { dayText, shortTime } from '../../format/time'
import { Card } from '../../components/Card'
import './disaster-list.css'

const STATE_TEXT: Record<DisasterState, string> = { reporting: '上报中', overdue: '已逾期', done: '已上报完毕' }

type Village = DisasterListItem['mine'][number]

const villageStatus = (v: Village) => (v.done ? 'done' : v.overdue ? 'overdue' : 'open')
const OWN_TEXT = { done: '已上报完毕', overdue: '已逾期，请尽快上报', open: '还没上报完' } as const

function OwnVillages({ mine }: { mine: Village[] }) {
  return (
    <View>
      {mine.map((v) => {
        const s = villageStatus(v)
        return (
          <Text key={v.villageId} className={`ds-row__mine ds-row__mine--${s}`} data-testid="disaster-row-mine" data-status={s}>
            {mine.length > 1 ? v.villageName : '本村'}：{OWN_TEXT[s]}
          </Text>
        )
      })}
    </View>
  )
}

function StreetVillages({ item }: { item: DisasterListItem }) {
  const late = item.mine.filter((v) => v.overdue).length
  const done = item.mine.filter((v) => v.done).length
  const open = item.mine.length - late - done
  return (
    <Text className={`ds-row__mine${late ? ' ds-row__mine--overdue' : ''}`} data-testid="disaster-row-villages">
      {item.villageCount} 个村（社区）：{done} 个已完毕{late ? `，${late} 个逾期` : ''}
      {open ? `，${open} 个未完成` : ''}
    </Text>
  )
}

interface Props {
  item: DisasterListItem
  eventPath: string
  /** The viewer answers for his own villages (an inspector) rather than the whole street. */
  own: boolean
}

export function DisasterRow({ item, eventPath, own }: Props) {
  const open = () => void Taro.navigateTo({ url: `${eventPath}?eventId=${encodeURIComponent(item.id)}` })
  return (
    <Card className={`ds-row ds-row--${item.state}`} data-testid="disaster-row" data-event-id={item.id} data-state={item.state} onClick={open}>
      <View className="ds-row__head">
        <Text className="ds-row__kind">{item.kindLabel}</Text>
        <Text className={`badge ds-row__state ds-row__state--${item.state}`}>{STATE_TEXT[item.state]}</Text>
      </View>
      <Text className="ds-row__line">
        {shortTime(item.occurredAt)} 发生 · {dayText(item.dueDate)}前上报完
      </Text>
      {item.description && item.description !== item.kindLabel && <Text className="ds-row__line">{item.description}</Text>}
      {own ? <OwnVillages mine={item.mine} /> : <StreetVillages item={item} />}
      <View className="ds-row__foot">
        <Text className="ds-row__line">已报受损房屋 {item.reports} 户</Text>
        <Text className="ds-row__more">查看 ›</Text>
      </View>
    </Card>
  )
}
