// Where to go when the house is not safe: the village's 安置点, with a button to call.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { useResult } from '../../hooks/useResult'
import { callPhone } from '../../services/phone-call'
import { listShelters } from '../../services/shelter'
import { Card } from '../../components/Card'
import './farmer.css'

export function MyShelters() {
  const shelters = useResult(() => listShelters(), [])
  if (shelters.status !== 'ok' || shelters.data.length === 0) return null
  return (
    <Card className="farmer-shelters" data-testid="my-shelters">
      <Text className="farmer-shelters__title">遇到暴雨、房子有危险时，到这里避险</Text>
      {shelters.data.map((s) => (
        <View key={s.id} className="farmer-shelters__item">
          <Text className="farmer-shelters__name">{s.name}</Text>
          <Text className="farmer-shelters__line">{s.address}</Text>
          <Button block size="large" type="primary" fill="outline" onClick={() => callPhone(s.phone)}>
            📞 打给{s.contact}
          </Button>
        </View>
      ))}
    </Card>
  )
}
