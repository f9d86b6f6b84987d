// A big button naming the chosen village (or "全部"), opening a list of the user's
// villages. `allLabel` names the choice of no single village.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import { VillageSheet } from './VillageSheet'
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
  return (
    <View>
      <VillageSheet
        villages={villages}
        value={value}
        onChange={onChange}
        allowAll={allowAll}
        allLabel={allLabel}
        title="选择村（社区）"
        optionTestId={`${testId}-option`}
        sheetClass="st-village-options"
        opener={(chosen, open) => (
          <Button block fill="outline" type="primary" data-testid={testId} onClick={open}>
            {chosen ? chosen.name : allowAll ? allLabel : '请选择村（社区）'} ▾
          </Button>
        )}
      />
    </View>
  )
}
