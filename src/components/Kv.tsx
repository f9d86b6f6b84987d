// One "label: value" line of a card, the label grey on the left, the value on the right.
// Styles: kv.css beside this file, loaded once for every page by app.css.
import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  label: ReactNode
  children: ReactNode
  /** The value is a warning (red, bold): a dangerous house still lived in, a late date. */
  danger?: boolean
  /** A screen's own look for the value, beside the kit's. */
  valueClassName?: string
  valueTestId?: string
  /** data-* attributes of the value (e.g. data-revealed). */
  valueData?: Record<`data-${string}`, string | number | boolean>
  'data-testid'?: string
}

export function Kv({ label, children, danger, valueClassName, valueTestId, valueData, ...rest }: Props) {
  const valueClass = `kv__value${danger ? ' kv__value--danger' : ''}${valueClassName ? ` ${valueClassName}` : ''}`
  return (
    <View className="kv" {...rest}>
      <Text className="kv__label">{label}</Text>
      <Text className={valueClass} data-testid={valueTestId} {...valueData}>
        {children}
      </Text>
    </View>
  )
}
