// A big button naming the chosen village (or "全部"), opening a list of the user's
// villages. `allLabel` names the choice of no single village.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import './street.css'

interface Props {
  villages: OrgView[]
  value: string | undefined
  onChange: (villageId: string | undefined) => void
  allLabel?: string
  /** When false, a village must be chosen: there is no "all" option. */
  allowAll?: boolean
  testId?: string
}

export function VillagePicker({ villages, value, onChange, allLabel = '全部村（社区）', allowAll = true, testId = 'village-picker' }: Props) {
  const [open, setOpen] = useState(false)
  const chosen = villages.find((v) => v.id === value)
  const options: Array<OrgView | undefined> = allowAll ? [undefined, ...villages] : villages
  const pick = (id: string | undefined) => {
    setOpen(false)
    onChange(id)
  }
  return (
    <View>
      <Button block fill="outline" type="primary" data-testid={testId} onClick={() => setOpen(true)}>
        {chosen ? chosen.name : allowAll ? allLabel : '请选择村（社区）'} ▾
      </Button>
      <Popup visible={open} position="bottom" round closeable title="选择村（社区）" onClose={() => setOpen(false)}>
        <View className="st-village-options">
          {options.map((v) => (
            <Button
              key={v?.id ?? 'all'}
              block
              type={value === v?.id ? 'primary' : 'default'}
              data-testid={`${testId}-option-${v?.id ?? 'all'}`}
              onClick={() => pick(v?.id)}
            >
              {v ? v.name : allLabel}
            </Button>
          ))}
        </View>
      </Popup>
    </View>
  )
}
