// A short state word on a tinted ground; the tone says what it means.
import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import './badge.css'

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
