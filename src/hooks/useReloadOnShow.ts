// Reloads a page's data when the user comes back to it (not on its first showing, when
// the data is loading anyway).
import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

export function useReloadOnShow(reload: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
}
