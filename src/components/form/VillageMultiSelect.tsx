// Several villages at once, with 全选: a grid of big toggles. A single village is simply
// shown as chosen.
import { View, Text } from '@tarojs/components'
import type { OrgView } from '@domain'
import './form.css'

interface Props {
  villages: OrgView[]
  value: string[]
  onChange: (ids: string[]) => void
  testId: string
}

export function VillageMultiSelect({ villages, value, onChange, testId }: Props) {
  const chosen = new Set(value)
  const all = villages.length > 0 && villages.every((v) => chosen.has(v.id))
  const toggle = (id: string) => onChange(chosen.has(id) ? value.filter((v) => v !== id) : [...value, id])
  return (
    <View data-testid={testId} data-count={value.length}>
      {villages.length > 1 && (
        <View className={`fm-choice fm-choice--wide${all ? ' fm-choice--on' : ''}`} data-testid={`${testId}-all`} data-chosen={all} onClick={() => onChange(all ? [] : villages.map((v) => v.id))}>
          <Text className="fm-choice__label">{all ? '✓ 已全选' : '全选'}（共 {villages.length} 个）</Text>
        </View>
      )}
      <View className="fm-choices fm-choices--2">
        {villages.map((v) => {
          const on = chosen.has(v.id)
          return (
            <View key={v.id} className={`fm-choice${on ? ' fm-choice--on' : ''}`} data-testid={`${testId}-option-${v.id}`} data-chosen={on} onClick={() => toggle(v.id)}>
              <Text className="fm-choice__label">
                {on ? '✓ ' : ''}
                {v.name}
              </Text>
            </View>
          )
        })}
      </View>
      <Text className="fm-field__hint">已选 {value.length} 个村（社区）</Text>
    </View>
  )
}
