// A row of big buttons that switches what a screen lists; the chosen one is filled.
// CountTabs: the same with a big count on each tile (a plan's 逾期 / 未巡, an import's rows).
// Styles: tabs.css beside this file, loaded once for every page by app.css.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ReactNode } from 'react'

export interface TabItem<K extends string | boolean> {
  key: K
  label: ReactNode
  testId?: string
  /** How the chosen button is filled: blue, or red for a tab of late things. */
  activeType?: 'primary' | 'danger'
}

interface Props<K extends string | boolean> {
  items: readonly TabItem<K>[]
  /** The chosen tab; null when the list is narrowed some other way and no tab applies. */
  value: K | null
  onChange: (key: K) => void
  /** Buttons per row (default 2). */
  columns?: 2 | 3 | 4
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

export interface CountTabItem<K extends string> {
  key: K
  label: ReactNode
  count: ReactNode
  /** The count's colour when it means something: late red, done green, changed orange. */
  tone?: 'ok' | 'warn' | 'danger'
  testId?: string
  countTestId?: string
  data?: Record<`data-${string}`, string | number | boolean>
}

interface CountProps<K extends string> {
  items: readonly CountTabItem<K>[]
  value: K
  onChange: (key: K) => void
  columns?: 2 | 3 | 4
  /** A screen's own spacing for the strip (its stylesheet says how). */
  className?: string
}

export function CountTabs<K extends string>({ items, value, onChange, columns = 2, className }: CountProps<K>) {
  return (
    <View className={`tabs tabs--${columns}${className ? ` ${className}` : ''}`}>
      {items.map((t) => (
        <View key={t.key} className={`tabs__tile${value === t.key ? ' tabs__tile--on' : ''}`} data-testid={t.testId} {...t.data} onClick={() => onChange(t.key)}>
          <Text className={`tabs__count${t.tone ? ` tabs__count--${t.tone}` : ''}`} data-testid={t.countTestId}>
            {t.count}
          </Text>
          <Text className="tabs__label">{t.label}</Text>
        </View>
      ))}
    </View>
  )
}
