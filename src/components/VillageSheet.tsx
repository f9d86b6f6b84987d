// The sheet of a village choice: the caller's button opens it, one button a village (and
// "all" first when allowed), the chosen one in blue. VillagePicker (a full-width button, a
// grid of villages) and VillageChooser (a labelled row, big buttons in a column) draw their
// own opener and sheet layout around it.
import { useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button, Popup } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'

type Village = Pick<OrgView, 'id' | 'name'>

export function VillageSheet<V extends Village>(props: {
  villages: V[]
  value: string | undefined
  onChange: (villageId: string | undefined) => void
  allowAll: boolean
  /** The "all" option's words. */
  allLabel: string
  title: string
  /** Each option is `${optionTestId}-<village id | all>`. */
  optionTestId: string
  sheetClass: string
  large?: boolean
  opener: (chosen: V | undefined, open: () => void) => ReactNode
}) {
  const { villages, value, onChange, allowAll, allLabel, optionTestId, large } = props
  const [open, setOpen] = useState(false)
  const options: Array<V | undefined> = allowAll ? [undefined, ...villages] : villages
  const pick = (id: string | undefined) => {
    setOpen(false)
    onChange(id)
  }
  return (
    <>
      {props.opener(villages.find((v) => v.id === value), () => setOpen(true))}
      <Popup visible={open} position="bottom" round closeable title={props.title} onClose={() => setOpen(false)}>
        <View className={props.sheetClass}>
          {options.map((v) => (
            <Button key={v?.id ?? 'all'} block {...(large ? { size: 'large' as const } : {})} type={value === v?.id ? 'primary' : 'default'} data-testid={`${optionTestId}-${v?.id ?? 'all'}`} onClick={() => pick(v?.id)}>
              {v ? v.name : allLabel}
            </Button>
          ))}
        </View>
      </Popup>
    </>
  )
}
