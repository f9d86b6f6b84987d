// The one big button that starts declaring a disaster, wherever disasters are listed.
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import './disasters.css'

export function DeclareDisasterButton({ declarePath }: { declarePath: string }) {
  return (
    <View className="ds-warn">
      <Button block size="large" type="warning" data-testid="disaster-declare-open" onClick={() => void Taro.navigateTo({ url: declarePath })}>
        ＋ 发生灾情，开始上报
      </Button>
    </View>
  )
}
