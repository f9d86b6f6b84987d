// Whether the record will carry a position, said plainly, with a way to try again.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { fixText } from '../../services/location'
import { PermissionNotice } from '../PermissionNotice'
import type { FixState } from '../../hooks/useFix'
import '../form/field-parts.css'

export function GpsStatus({ state, onRetry }: { state: FixState; onRetry: () => void }) {
  const text =
    state.status === 'locating'
      ? '正在定位…'
      : state.fix
        ? `已定位：${fixText(state.fix)}（误差约 ${state.fix.accuracy} 米）`
        : '无法定位（可能没开定位或没有信号），将不带位置保存'
  return (
    <View className={`gps gps--${state.status}`} data-testid="gps-status" data-state={state.status}>
      <Text className="gps__text">📍 {text}</Text>
      {state.status === 'none' && state.refused && <PermissionNotice permission={state.refused} />}
      {state.status === 'none' && (
        <Button size="small" fill="outline" type="primary" data-testid="gps-retry" onClick={onRetry}>
          重新定位
        </Button>
      )}
    </View>
  )
}
