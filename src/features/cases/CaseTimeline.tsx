// Every step of the case in order: what was done, when (Beijing time), by whom, the note
// and the photos as thumbnails (tap to see them large).
import { View, Text } from '@tarojs/components'
import type { CaseEventView } from '@domain'
import { timeText } from '../../format/time'
import { StoredPhotoGrid } from '../../components/evidence/StoredPhotoGrid'
import { Card } from '../../components/Card'

function EventItem({ event: e }: { event: CaseEventView }) {
  return (
    <View className="case-event" data-testid="case-event" data-action={e.action}>
      <View className="case-event__dot" />
      <View className="case-event__body">
        <Text className="case-event__label">{e.label}</Text>
        <Text className="case-event__meta">
          {timeText(e.at)}
          {e.actorName ? ` · ${e.actorName}` : ''}
        </Text>
        {e.note && <Text className="case-event__note">{e.note}</Text>}
        {e.photos.length > 0 && (
          <StoredPhotoGrid photos={e.photos} photoTestId="case-event-photo" />
        )}
      </View>
    </View>
  )
}

export function CaseTimeline({ events }: { events: CaseEventView[] }) {
  return (
    <Card data-testid="case-timeline">
      <Text className="card-title">处理经过（{events.length} 步）</Text>
      {events.map((e) => (
        <EventItem key={e.id} event={e} />
      ))}
    </Card>
  )
}
