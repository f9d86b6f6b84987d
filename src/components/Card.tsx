// A white rounded panel, the one container every screen groups its content in.
// Styles: card.css beside this file, loaded once for every page by app.css.
import { View } from '@tarojs/components'
import type { ComponentProps } from 'react'

export function Card({ className, ...rest }: ComponentProps<typeof View>) {
  return <View className={className ? `card ${className}` : 'card'} {...rest} />
}
