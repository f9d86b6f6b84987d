// A short state word on a tinted ground; the tone says what it means.
// Styles: badge.css beside this file, loaded once for every page by app.css.
import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'

export type BadgeTone = 'ok' | 'warn' | 'danger' | 'info' | 'muted'

interface Props {
  tone?: BadgeTone
  children: ReactNode
  'data-testid'?: string
  [data: `data-${string}`]: string | number | boolean | undefined
}

export function Badge({ tone = 'muted', children, ...rest }: Props) {
  return (
    <Text className={`badge badge--${tone}`} {...rest}>
      {children}
    </Text>
  )
}
