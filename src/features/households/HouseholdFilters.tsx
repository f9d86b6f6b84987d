// Search by name, pick a village (when there are several) and a grade. Everything is a
// big button; the keyword is applied on "搜索" so each keystroke does not reload.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Popup, SearchBar } from '@nutui/nutui-react-taro'
import type { OrgView } from '@domain'
import { gradeText } from '../../components/GradeBadge'
import type { Filters } from './usePagedHouseholds'
import '../../components/street.css'

type GradeFilter = Filters['grade']
const GRADE_OPTIONS: GradeFilter[] = [undefined, 'A', 'B', 'C', 'D', 'none']

interface Props {
  villages: OrgView[]
  value: Filters
  onChange: (next: Filters) => void
}

export function HouseholdFilters({ villages, value, onChange }: Props) {
  const [keyword, setKeyword] = useState(value.keyword ?? '')
  const [pickingVillage, setPickingVillage] = useState(false)
  const village = villages.find((v) => v.id === value.villageId)

  const search = (text: string) => onChange({ ...value, keyword: text.trim() || undefined })
  const pickVillage = (villageId: string | undefined) => {
    setPickingVillage(false)
    onChange({ ...value, villageId })
  }

  return (
    <View className="filters" data-testid="household-filters">
      <SearchBar
        value={keyword}
        maxLength={20}
        placeholder="输入户主姓名查找"
        onChange={(v) => setKeyword(v)}
        onSearch={search}
        onClear={() => {
          setKeyword('')
          search('')
        }}
        right={
          <Button type="primary" size="small" data-testid="search-button" onClick={() => search(keyword)}>
            搜索
          </Button>
        }
      />
      {villages.length > 1 && (
        <View className="filters__row">
          <Text className="filters__label">村（社区）</Text>
          <Button fill="outline" size="small" data-testid="village-picker" onClick={() => setPickingVillage(true)}>
            {village ? village.name : '全部'} ▾
          </Button>
        </View>
      )}
      <View className="filters__row filters__row--grades">
        <Text className="filters__label">鉴定等级</Text>
        <View className="filters__chips">
          {GRADE_OPTIONS.map((g) => (
            <Button
              key={g ?? 'all'}
              size="small"
              type={value.grade === g ? 'primary' : 'default'}
              data-testid={`grade-filter-${g ?? 'all'}`}
              onClick={() => onChange({ ...value, grade: g })}
            >
              {g === undefined ? '全部' : gradeText(g === 'none' ? null : g)}
            </Button>
          ))}
        </View>
      </View>
      <Popup visible={pickingVillage} position="bottom" round closeable title="选择村（社区）" onClose={() => setPickingVillage(false)}>
        <View className="st-village-options">
          {[undefined, ...villages].map((v) => (
            <Button
              key={v?.id ?? 'all'}
              block
              type={value.villageId === v?.id ? 'primary' : 'default'}
              data-testid={`village-option-${v?.id ?? 'all'}`}
              onClick={() => pickVillage(v?.id)}
            >
              {v ? v.name : '全部村（社区）'}
            </Button>
          ))}
        </View>
      </Popup>
    </View>
  )
}
