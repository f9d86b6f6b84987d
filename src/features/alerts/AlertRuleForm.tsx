// Adds one rule: the warning type (from QWeather's list, or a new one by its code and
// name as it arrived), its colours, which houses and how fast.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { ALERT_COLORS, type AlertColor } from '@domain'
import type { AlertRuleInput } from '../../services/alert-rule'
import { ChoiceGrid } from '../../components/form/ChoiceGrid'
import { Field, TextField } from '../../components/form/Field'
import { FormActions } from '../../components/form/FormActions'
import { ALERT_COLOR_HEX, COLOR_OPTIONS, EVENT_TYPE_OPTIONS } from '../../format/alert-labels'
import { SCOPE_WORDS } from './rule-words'
import '../../components/form/form.css'
import { Card } from '../../components/Card'

export interface RuleDraftStart {
  code: string
  name: string
}

const HOURS = ['6', '12', '24', '48'] as const

export function AlertRuleForm({ start, busy, onAdd, onCancel }: { start: RuleDraftStart | null; busy: boolean; onAdd: (rule: AlertRuleInput) => void; onCancel: () => void }) {
  const [code, setCode] = useState(start?.code ?? '')
  const [name, setName] = useState(start?.name ?? '')
  const [colors, setColors] = useState<AlertColor[]>(['orange', 'red'])
  const [scope, setScope] = useState<'all' | 'risky'>('risky')
  const [hours, setHours] = useState<(typeof HOURS)[number]>('24')
  const [error, setError] = useState('')

  const toggle = (c: AlertColor) => setColors((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : ALERT_COLORS.filter((x) => x === c || cs.includes(x))))
  const add = () => {
    const trimmed = name.trim()
    if (!/^\d{4}$/.test(code) && !trimmed) return setError('请选择预警类型，或填写预警代码（4 位数字）或预警名称')
    if (code && !/^\d{4}$/.test(code)) return setError('预警代码是 4 位数字，如 1037')
    if (colors.length === 0) return setError('请至少选一个预警颜色')
    setError('')
    onAdd({ eventTypes: code ? [code] : [], eventNames: trimmed ? [trimmed] : [], colors, scope, withinHours: Number(hours) })
  }

  return (
    <Card data-testid="alert-rule-form">
      <Field label="预警类型" hint="从列表选，或按和风天气发来的填写代码和名称">
        <ChoiceGrid
          choices={EVENT_TYPE_OPTIONS}
          value={EVENT_TYPE_OPTIONS.some((o) => o.value === code) ? code : null}
          onChange={(c) => {
            setCode(c)
            setName(EVENT_TYPE_OPTIONS.find((o) => o.value === c)?.label ?? '')
          }}
          testId="rule-type"
          columns={3}
        />
      </Field>
      <TextField label="预警代码" value={code} onChange={(v) => setCode(v.trim())} maxLength={4} type="digit" placeholder="如 1037" testId="rule-code" />
      <TextField label="预警名称" value={name} onChange={setName} maxLength={20} placeholder="如 地质灾害" testId="rule-name" />
      <Field label="哪些颜色的预警（可多选）">
        <View className="fm-choices fm-choices--4" data-testid="rule-colors">
          {COLOR_OPTIONS.map((c) => (
            <View key={c.value} className={`fm-choice${colors.includes(c.value) ? ' fm-choice--on' : ''}`} data-testid={`rule-color-${c.value}`} onClick={() => toggle(c.value)}>
              <View className="fm-choice__row">
                <View className="fm-chip" style={{ background: ALERT_COLOR_HEX[c.value] }} />
                <Text className="fm-choice__label">{c.label}</Text>
              </View>
            </View>
          ))}
        </View>
      </Field>
      <Field label="巡查哪些房屋">
        <ChoiceGrid choices={[{ value: 'risky' as const, label: SCOPE_WORDS.risky }, { value: 'all' as const, label: SCOPE_WORDS.all }]} value={scope} onChange={setScope} testId="rule-scope" />
      </Field>
      <Field label="多少小时内巡查完">
        <ChoiceGrid choices={HOURS.map((h) => ({ value: h, label: `${h} 小时` }))} value={hours} onChange={setHours} testId="rule-hours" columns={4} />
      </Field>
      <FormActions error={error} busy={busy} label="保存这条规则" sendTestId="rule-add" errorTestId="rule-error" onSend={add} onCancel={onCancel} />
    </Card>
  )
}
