import type { PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { config as zodConfig } from 'zod'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import './app.css'

if (process.env.TARO_ENV === 'weapp') {
  // The mini-program runtime forbids `new Function`; keep zod on its interpreted path.
  zodConfig({ jitless: true })
  const cloud = Taro.cloud as typeof Taro.cloud & { DYNAMIC_CURRENT_ENV?: string }
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || cloud.DYNAMIC_CURRENT_ENV, traceUser: true })
}

export default function App({ children }: PropsWithChildren) {
  return children
}
