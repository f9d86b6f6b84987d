// The registry fields as big choices and big number boxes, shared by 登记房屋 and 修改房屋信息.
import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import { OCCUPANCIES, OCCUPANCY_LABELS, SITE_HAZARDS, SITE_HAZARD_LABELS, STRUCTURES, STRUCTURE_LABELS, type SiteHazard } from '@domain'
import { ChoiceGrid } from '../../../components/form/ChoiceGrid'
import { Field } from '../../../components/form/Field'
import type { HouseFormField, HouseFormValues } from './house-form'
import { Card } from '../../../components/Card'
import './houses.css'

interface Props {
  values: HouseFormValues
  onChange: (next: HouseFormValues) => void
  /** The field a refused save found wanting, outlined until it is fixed (see outlinedField). */
  missing: HouseFormField | null
}

function NumberBox({ value, onChange, placeholder, testId, unit }: { value: string; onChange: (v: string) => void; placeholder: string; testId: string; unit: string }) {
  return (
    <View className="fm-input hs-number" data-testid={testId}>
      <Input value={value} onChange={onChange} type="digit" maxLength={7} placeholder={placeholder} />
      <Text className="hs-number__unit">{unit}</Text>
    </View>
  )
}

export function HouseFields({ values, onChange, missing }: Props) {
  const set = <K extends keyof HouseFormValues>(key: K, v: HouseFormValues[K]) => onChange({ ...values, [key]: v })
  const toggleHazard = (h: SiteHazard) => set('siteHazards', values.siteHazards.includes(h) ? values.siteHazards.filter((x) => x !== h) : [...values.siteHazards, h])
  return (
    <Card data-testid="house-fields">
      <Field label="房屋结构" missing={missing === 'structure'}>
        <ChoiceGrid choices={STRUCTURES.map((s) => ({ value: s, label: STRUCTURE_LABELS[s] }))} value={values.structure} onChange={(v) => set('structure', v)} testId="house-structure" />
      </Field>
      <Field label="层数" missing={missing === 'floors'}>
        <NumberBox value={values.floors} onChange={(v) => set('floors', v)} placeholder="如 2" testId="house-floors" unit="层" />
      </Field>
      <Field label="建成年份" hint="记不清就填大概的年份" missing={missing === 'yearBuilt'}>
        <NumberBox value={values.yearBuilt} onChange={(v) => set('yearBuilt', v)} placeholder="如 1998" testId="house-year" unit="年" />
      </Field>
      <Field label="建筑面积" missing={missing === 'floorArea'}>
        <NumberBox value={values.floorArea} onChange={(v) => set('floorArea', v)} placeholder="如 96.5" testId="house-area" unit="平方米" />
      </Field>
      <Field label="房屋地址" missing={missing === 'address'}>
        <View className="fm-input" data-testid="house-address">
          <Input value={values.address} onChange={(v) => set('address', v)} maxLength={100} placeholder="如 玉龙村2组8号" />
        </View>
      </Field>
      <Field label="现在有人住吗？" missing={missing === 'occupancy'}>
        <ChoiceGrid choices={OCCUPANCIES.map((o) => ({ value: o, label: OCCUPANCY_LABELS[o] }))} value={values.occupancy} onChange={(v) => set('occupancy', v)} testId="house-occupancy" columns={3} />
      </Field>
      <Field label="场地有没有这些情况？" hint="没有就不用点；可以点多项">
        <View className="hs-hazards" data-testid="house-hazards">
          {SITE_HAZARDS.map((h) => {
            const on = values.siteHazards.includes(h)
            return (
              <View key={h} className={`fm-choice hs-hazard${on ? ' fm-choice--on' : ''}`} data-testid={`house-hazard-${h}`} data-chosen={on} onClick={() => toggleHazard(h)}>
                <Text className="fm-choice__label">
                  {on ? '☑ ' : '☐ '}
                  {SITE_HAZARD_LABELS[h]}
                </Text>
              </View>
            )
          })}
        </View>
      </Field>
    </Card>
  )
}
