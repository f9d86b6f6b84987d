// One village's or person's row of the overdue view: for each kind of work the items
// overdue now and the times late in the last 12 months, each figure a button that opens
// exactly the items it counts.
import { View, Text } from '@tarojs/components'
import { OVERDUE_KIND_LABELS, type OverdueKind, type OverdueTally } from '@domain'

export type When = 'now' | 'late'

export interface Drill {
  rowId: string
  rowName: string
  kind: OverdueKind
  when: When
}

const WHEN_LABELS: Record<When, string> = { now: '现在逾期', late: '近12个月逾期' }

interface Props {
  rowId: string
  name: string
  tally: OverdueTally
  /** The kinds of work this row answers for (the street's own row: its quarterly reports). */
  kinds: readonly OverdueKind[]
  onDrill: (d: Drill) => void
}

export function OverdueFigures({ rowId, name, tally, kinds, onDrill }: Props) {
  return (
    <View className="card od-row" data-testid="overdue-row" data-row-id={rowId}>
      <Text className="od-row__name">{name}</Text>
      {(['now', 'late'] as const).map((when) => (
        <View key={when} className="od-row__line">
          <Text className="od-row__when">{WHEN_LABELS[when]}</Text>
          <View className="od-row__figures">
            {kinds.map((kind) => {
              const n = tally[when][kind]
              return (
                <View
                  key={kind}
                  className={`fig-tile ov-figure${n > 0 ? ` ov-figure--${when}` : ''}`}
                  data-testid="overdue-figure"
                  data-kind={kind}
                  data-when={when}
                  data-count={n}
                  onClick={() => n > 0 && onDrill({ rowId, rowName: name, kind, when })}
                >
                  <Text className="ov-figure__n">{n}</Text>
                  <Text className="ov-figure__label">{OVERDUE_KIND_LABELS[kind]}</Text>
                </View>
              )
            })}
          </View>
        </View>
      ))}
    </View>
  )
}
