// 打电话给村巡查员: a big button for each village inspector who gave his phone, on the
// report's done page and beside any danger advice. Nothing shows when none is known.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useResult } from '../hooks/useResult'
import { villageContacts } from '../services/village'
import { callPhone } from '../services/phone-call'
import './call-village.css'

export function CallVillage() {
  const contacts = useResult(villageContacts, [])
  if (contacts.status !== 'ok' || contacts.data.length === 0) return null
  return (
    <View className="farmer-call" data-testid="call-village">
      {contacts.data.map((c) => (
        <View key={`${c.name}-${c.phone}`} className="farmer-call__item">
          <Button block size="large" type="primary" className="farmer-call__btn" data-testid="call-inspector" data-phone={c.phone} onClick={() => callPhone(c.phone)}>
            📞 打电话给{c.roleLabel}
          </Button>
          <Text className="hint">
            {c.name} {c.phone}
          </Text>
        </View>
      ))}
    </View>
  )
}
