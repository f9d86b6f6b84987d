// A row of big buttons that switches what a screen lists; the chosen one is filled.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'
import './tabs.css'

export interface TabItem<K extends string | boolean> {
  key: K
  label: ReactNode
  testId?: string
  /** How the chosen button is filled: blue, or red for a tab of late things. */
  activeType?: 'primary' | 'danger'
}

interface Props<K extends string | boolean> {
  items: readonly TabItem<K>[]
  value: K
  onChange: (key: K) => void
  /** Buttons per row (default 2). */
  columns?: 2 | 3
  size?: 'small' | 'normal' | 'large'
  'data-testid'?: string
  [data: `data-${string}`]: string | number | boolean | undefined
}

export function Tabs<K extends string | boolean>({ items, value, onChange, columns = 2, size = 'normal', ...rest }: Props<K>) {
  return (
    <View className={`tabs tabs--${columns}`} {...rest}>
      {items.map((t) => (
        <Button key={String(t.key)} size={size} type={value === t.key ? (t.activeType ?? 'primary') : 'default'} data-testid={t.testId} data-active={value === t.key} onClick={() => onChange(t.key)}>
          {t.label}
        </Button>
      ))}
    </View>
  )
}
