// Runs `fn` each time the page is shown again (back from a form, app brought to front),
// not on the first show, which the page's own load already covers.
import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

export function useReshow(fn: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) fn()
    shown.current = true
  })
}
