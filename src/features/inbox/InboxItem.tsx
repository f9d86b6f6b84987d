// One message: unread in bold with a dot; tapping marks it read and opens its page.
import { View, Text } from '@tarojs/components'
import { PUSH_STATE_TEXT, type InboxItem as Item, type MessageKind } from '@domain'
import { shortTime } from '../../format/time'
import { Card } from '../../components/Card'
import './inbox.css'

const KIND_LABELS: Record<MessageKind, string> = {
  emergencyPatrol: '应急巡查',
  deadlineReminder: '待办提醒',
  escalation: '逾期督办',
  caseUpdate: '办理进度',
  disasterMajor: '重大灾情',
  weatherWarning: '天气安全',
  accountBound: '绑定通知',
  farmerReport: '农户上报',
}

export function InboxItem({ item, read, onOpen }: { item: Item; read: boolean; onOpen: (item: Item) => void }) {
  return (
    <Card className={`ib-item${read ? '' : ' ib-item--unread'}`} data-testid="inbox-item" data-read={read} data-kind={item.kind} onClick={() => onOpen(item)}>
      <View className="ib-item__head">
        {!read && <View className="ib-dot" />}
        <Text className={`ib-kind ib-kind--${item.kind}`}>{KIND_LABELS[item.kind] ?? '消息'}</Text>
        <Text className="ib-time">{shortTime(item.createdAt)}</Text>
      </View>
      <Text className="ib-item__title">{item.title}</Text>
      <Text className="ib-item__body">{item.body}</Text>
      {PUSH_STATE_TEXT[item.push] && (
        <Text className="ib-item__push" data-testid="inbox-push" data-push={item.push}>
          {PUSH_STATE_TEXT[item.push]}
        </Text>
      )}
      {item.page && <Text className="ib-item__more">去处理 ›</Text>}
    </Card>
  )
}
