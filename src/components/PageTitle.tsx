// The big bold line at the top of a screen. `space` is the gap below it: tight above a
// lead line, wide above a list.
// Styles: page-title.css beside this file, loaded once for every page by app.css.
import { Text } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  children: ReactNode
  space?: 'xs' | 's' | 'm' | 'l'
  tone?: 'danger'
  'data-testid'?: string
}

export function PageTitle({ children, space = 'm', tone, ...rest }: Props) {
  return (
    <Text className={`page-title page-title--${space}${tone ? ` page-title--${tone}` : ''}`} {...rest}>
      {children}
    </Text>
  )
}
