// Which house was damaged: the village's monitored houses (from the patrol plan), found
// by the head's name or the address; the chosen one stays shown with 换一户.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { PatrolPlanItem } from '@domain'
import { GradeBadge } from '../../components/GradeBadge'
import { villageHouses } from '../../services/patrol'
import { usePaged } from '../../hooks/usePaged'
import { PagedList } from '../../components/PagedList'
import { Field } from '../../components/form/Field'
import './disasters.css'

export type PickedHouse = Pick<PatrolPlanItem, 'headNameMasked' | 'address' | 'grade' | 'villageName'> & { houseId: string }

function HouseRow({ house, onPick }: { house: PickedHouse; onPick?: () => void }) {
  return (
    <View className={`ds-house${onPick ? ' ds-house--option' : ''}`} data-testid={onPick ? 'house-option' : 'house-chosen'} data-house-id={house.houseId} onClick={onPick}>
      <View className="ds-house__text">
        <Text className="ds-house__name">{house.headNameMasked}</Text>
        <Text className="ds-house__addr">{house.address}</Text>
      </View>
      <GradeBadge grade={house.grade} />
    </View>
  )
}

interface Props {
  villageId: string
  value: PickedHouse | null
  onChange: (house: PickedHouse | null) => void
}

export function HousePicker({ villageId, value, onChange }: Props) {
  const [keyword, setKeyword] = useState('')
  const list = usePaged<PatrolPlanItem>((page) => villageHouses(villageId, page), villageId)
  if (value) {
    return (
      <Field label="受损房屋" testId="disaster-house">
        <HouseRow house={value} />
        <Button block fill="outline" type="primary" data-testid="house-change" onClick={() => onChange(null)}>
          换一户
        </Button>
      </Field>
    )
  }
  const k = keyword.trim()
  // Only registered houses can be reported damaged (a 待登记房屋 row has no house yet).
  const houses = list.items.filter((h): h is PatrolPlanItem & { houseId: string } => h.houseId !== null)
  const shown = { ...list, items: k ? houses.filter((h) => h.headNameMasked.includes(k) || h.address.includes(k)) : houses }
  return (
    <Field label="受损房屋" testId="disaster-house" hint="点一户选中它">
      <View className="fm-input ds-search">
        <Input value={keyword} onChange={setKeyword} maxLength={20} placeholder="输入户主姓或地址查找" />
      </View>
      <PagedList list={shown} render={(h) => <HouseRow key={h.houseId} house={h} onPick={() => onChange(h)} />} emptyText={k ? '没有找到，试试别的字' : '本村没有监测房屋'} testId="house-options" />
    </Field>
  )
}
