import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { config as zodConfig } from 'zod'
import '@nutui/nutui-react-taro/dist/styles/themes/default.css'
import { startOfflineSync } from './services/offline/outbox'
// Loaded first so that a mini-program starts filling its pool of secure random bytes at once.
import './services/secure-random'
import { installPrivacyGate } from './services/privacy'
import { watchChunkFailures } from './services/chunk-retry'
import './app.css'

if (process.env.TARO_ENV === 'weapp') {
  // The mini-program runtime forbids `new Function`; keep zod on its interpreted path.
  zodConfig({ jitless: true })
  const cloud = Taro.cloud as typeof Taro.cloud & { DYNAMIC_CURRENT_ENV?: string }
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || cloud.DYNAMIC_CURRENT_ENV, traceUser: true })
}

export default function App({ children }: PropsWithChildren) {
  // Records saved on the phone in an earlier run are reloaded and sent when possible.
  useLaunch(() => {
    installPrivacyGate()
    watchChunkFailures()
    startOfflineSync()
  })
  return children
}
