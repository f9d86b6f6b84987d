// The privacy notice WeChat asks for before the first photo, position, file or ID number:
// what 安居哨 collects, why, and who sees it, in plain words, with 同意 and 不同意.
import Taro, { useDidShow, useUnload } from '@tarojs/taro'
import { View, Text, Button as WxButton } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { IS_WEAPP } from '../../services/platform'
import { PRIVACY_AGREE_BUTTON_ID, answerPrivacy, openPrivacyContract, privacyNoticeShown } from '../../services/privacy'
import { PRIVACY_ITEMS } from './privacy-items'
import './privacy.css'

const leave = () => {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.reLaunch({ url: '/pages/index/index' })
}

export function PrivacyScreen() {
  useDidShow(() => privacyNoticeShown())
  // Leaving without an answer is 不同意: the waiting photo or position call then fails
  // with a message instead of hanging.
  useUnload(() => answerPrivacy(false))

  const agree = () => {
    answerPrivacy(true)
    leave()
  }
  const disagree = () => {
    answerPrivacy(false)
    leave()
  }

  return (
    <View className="page privacy" data-testid="privacy-screen">
      <Text className="privacy__lead">使用拍照、定位等功能前，请您先了解安居哨会用到哪些信息、为什么用、谁能看到。</Text>
      {PRIVACY_ITEMS.map((item) => (
        <View key={item.what} className="privacy__item">
          <Text className="privacy__what">{item.what}</Text>
          <Text className="privacy__why">{item.why}</Text>
        </View>
      ))}
      <Text className="privacy__note">身份证号和手机号加密保存，页面上只显示部分号码；查看完整号码的每一次都会留下记录。</Text>
      {IS_WEAPP && (
        <Text className="privacy__link" onClick={openPrivacyContract}>
          查看完整的《安居哨隐私保护指引》
        </Text>
      )}
      <View className="privacy__actions">
        {IS_WEAPP ? (
          <WxButton id={PRIVACY_AGREE_BUTTON_ID} className="privacy__agree" openType="agreePrivacyAuthorization" onAgreePrivacyAuthorization={agree} data-testid="privacy-agree">
            同意
          </WxButton>
        ) : (
          <Button type="primary" size="large" block data-testid="privacy-agree" onClick={agree}>
            同意
          </Button>
        )}
        <Button size="large" block fill="outline" data-testid="privacy-disagree" onClick={disagree}>
          不同意
        </Button>
      </View>
    </View>
  )
}
