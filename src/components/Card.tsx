// A white rounded panel, the one container every screen groups its content in.
import { View } from '@tarojs/components'
import type { ComponentProps } from 'react'
import './card.css'

export function Card({ className, ...rest }: ComponentProps<typeof View>) {
  return <View className={className ? `card ${className}` : 'card'} {...rest} />
}
