// Picks one of the inspector's villages (or all of them) with big buttons in a sheet.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import { VillageSheet } from './VillageSheet'
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
  return (
    <View className="village-chooser">
      <Text className="village-chooser__label">{title}</Text>
      <VillageSheet
        villages={villages}
        value={value}
        onChange={onChange}
        allowAll={allowAll}
        allLabel="全部"
        title={`选择${title}`}
        optionTestId="village-option"
        sheetClass="village-sheet"
        large
        opener={(chosen, open) => (
          <Button fill="outline" type="primary" size="large" data-testid="village-picker" onClick={open}>
            {chosen ? chosen.name : allowAll ? '全部' : '请选择'} ▾
          </Button>
        )}
      />
    </View>
  )
}
