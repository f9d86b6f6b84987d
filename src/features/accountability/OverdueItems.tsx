// The items behind one figure of the overdue view; each opens the page that shows it.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { OVERDUE_KIND_LABELS, type OverdueItem } from '@domain'
import { dayText } from '../../format/time'
import type { Drill } from './OverdueFigures'

export function OverdueItems({ drill, items, onClose }: { drill: Drill; items: OverdueItem[]; onClose: () => void }) {
  return (
    <View data-testid="overdue-drill" data-kind={drill.kind} data-when={drill.when}>
      <Text className="section-title">
        {drill.rowName} · {OVERDUE_KIND_LABELS[drill.kind]} · {drill.when === 'now' ? '现在逾期' : '近12个月逾期'}（{items.length} 项）
      </Text>
      {items.map((item) => (
        <View key={item.id} className={`card ov-item${item.overdueNow ? ' ov-item--now' : ''}`} data-testid="overdue-item" data-item-id={item.id} onClick={() => void Taro.navigateTo({ url: `/${item.page}` })}>
          <Text className="ov-item__title">{item.title}</Text>
          <Text className="ov-item__line">
            {item.villageName} · {item.people.map((p) => p.name).join('、') || '未指定人员'}
          </Text>
          <Text className="ov-item__line">
            期限 {dayText(item.dueDate)} · {item.doneOn ? `${dayText(item.doneOn)} 办完` : item.overdueNow ? '还没办' : '已错过'}
          </Text>
          <Text className="ov-item__more">查看 ›</Text>
        </View>
      ))}
      <Button block size="large" fill="outline" type="primary" data-testid="overdue-drill-close" onClick={onClose}>
        返回汇总
      </Button>
    </View>
  )
}
