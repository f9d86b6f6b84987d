// A refused permission, said plainly, with the one button that fixes it.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IS_WEAPP } from '../services/platform'
import { PERMISSION_HELP, openPermissionSettings, type Permission } from '../services/permissions'
import './permission-notice.css'

export function PermissionNotice({ permission }: { permission: Permission }) {
  const help = PERMISSION_HELP[permission]
  return (
    <View className="permission-notice" data-testid="permission-notice" data-permission={permission}>
      <Text className="permission-notice__title">⚠️ {help.title}</Text>
      <Text className="permission-notice__steps">{help.steps}</Text>
      {IS_WEAPP && permission !== 'privacy' && (
        <Button type="primary" size="large" block onClick={() => void openPermissionSettings()}>
          去打开权限
        </Button>
      )}
    </View>
  )
}
