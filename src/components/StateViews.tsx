// The three states every screen shows while it has no data: loading, failed, empty.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Empty, Loading } from '@nutui/nutui-react-taro'
import type { ErrorCode } from '@domain'
import { ROUTES } from '../routes'
import './state-views.css'

export function LoadingView({ text = '正在加载…' }: { text?: string }) {
  return (
    <View className="state state--loading" data-testid="state-loading">
      <Loading direction="vertical">{text}</Loading>
    </View>
  )
}

/** Trying again cannot change these answers: the way out is back, not 重试. */
const FINAL_CODES: ReadonlyArray<ErrorCode> = ['FORBIDDEN', 'NOT_FOUND']

const goBack = () => {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: ROUTES.home })
}

export function ErrorView({ code, message, onRetry }: { code?: ErrorCode; message: string; onRetry: () => void }) {
  const needsLogin = code === 'UNAUTHENTICATED'
  const final = !!code && FINAL_CODES.includes(code)
  return (
    <View className="state state--error" data-testid="state-error" data-code={code ?? ''}>
      <Text className="state__message">{message}</Text>
      <Button
        type="primary"
        size="large"
        block
        data-testid={needsLogin ? 'state-login' : final ? 'state-back' : 'state-retry'}
        onClick={needsLogin ? () => void Taro.reLaunch({ url: ROUTES.login }) : final ? goBack : onRetry}
      >
        {needsLogin ? '去登录' : final ? '返回' : '重试'}
      </Button>
    </View>
  )
}

export function EmptyView({ text = '暂无数据' }: { text?: string }) {
  return (
    <View className="state state--empty" data-testid="state-empty">
      {/* A drawn icon: NutUI's default picture is fetched from a remote CDN. */}
      <Empty image={<View className="state__empty-icon" />} description={<Text className="state__message">{text}</Text>} />
    </View>
  )
}
