// Picks one of the inspector's villages (or all of them) with big buttons in a sheet.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import './form/field-parts.css'
import './village-chooser.css'

interface Props {
  villages: Pick<OrgView, 'id' | 'name'>[]
  value: string | undefined
  onChange: (villageId: string | undefined) => void
  allowAll?: boolean
  title?: string
}

export function VillageChooser({ villages, value, onChange, allowAll = false, title = '村（社区）' }: Props) {
  const [open, setOpen] = useState(false)
  const current = villages.find((v) => v.id === value)
  const options: Array<Pick<OrgView, 'id' | 'name'> | undefined> = allowAll ? [undefined, ...villages] : villages
  const pick = (id: string | undefined) => {
    setOpen(false)
    onChange(id)
  }
  return (
    <View className="village-chooser">
      <Text className="village-chooser__label">{title}</Text>
      <Button fill="outline" type="primary" size="large" data-testid="village-picker" onClick={() => setOpen(true)}>
        {current ? current.name : allowAll ? '全部' : '请选择'} ▾
      </Button>
      <Popup visible={open} position="bottom" round closeable title={`选择${title}`} onClose={() => setOpen(false)}>
        <View className="village-sheet">
          {options.map((v) => (
            <Button key={v?.id ?? 'all'} block size="large" type={value === v?.id ? 'primary' : 'default'} data-testid={`village-option-${v?.id ?? 'all'}`} onClick={() => pick(v?.id)}>
              {v ? v.name : '全部'}
            </Button>
          ))}
        </View>
      </Popup>
    </View>
  )
}
