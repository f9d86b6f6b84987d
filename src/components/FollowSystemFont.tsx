// Elderly users turn on WeChat's 关怀模式 or a large font: on weapp each page's root font
// follows the user's WeChat font size (page-meta root-font-size="system"), and the type
// scale is in rem there (styles/tokens.css), so every text grows with it. The h5 build sizes
// its root font from the screen width and has no page-meta.
import { PageMeta } from '@tarojs/components'
import type { ReactNode } from 'react'

export function FollowSystemFont({ children }: { children: ReactNode }) {
  return (
    <>
      {process.env.TARO_ENV === 'weapp' && <PageMeta rootFontSize="system" />}
      {children}
    </>
  )
}
