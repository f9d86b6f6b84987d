// One part of the house with its four possible findings as big buttons, and what a minor
// or serious problem looks like on that part, so every inspector judges the same way.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { PART_FINDINGS, PART_FINDING_HINTS, PART_FINDING_LABELS, PATROL_PART_LABELS, type PartFinding, type PatrolPart } from '@domain'

type ButtonType = 'success' | 'warning' | 'danger' | 'primary'

/** The colour of a chosen finding says how bad it is. */
const CHOSEN: Record<PartFinding, ButtonType> = { ok: 'success', minor: 'warning', serious: 'danger', na: 'primary' }

interface Props {
  part: PatrolPart
  index: number
  value: PartFinding | undefined
  missing: boolean
  onChange: (finding: PartFinding) => void
}

export function FindingPicker({ part, index, value, missing, onChange }: Props) {
  const hints = PART_FINDING_HINTS[part]
  return (
    <View className={`part${missing ? ' part--missing' : ''}`} data-testid={`part-${part}`} data-value={value ?? ''}>
      <Text className="part__label">
        {index + 1}. {PATROL_PART_LABELS[part]}
      </Text>
      {hints.minor && <Text className="part__hint">轻微：{hints.minor}</Text>}
      {hints.serious && <Text className="part__hint part__hint--serious">明显：{hints.serious}</Text>}
      <View className="choice-grid">
        {PART_FINDINGS.map((f) => (
          <Button key={f} size="large" type={value === f ? CHOSEN[f] : 'default'} data-testid={`finding-${part}-${f}`} onClick={() => onChange(f)}>
            {PART_FINDING_LABELS[f]}
          </Button>
        ))}
      </View>
    </View>
  )
}
