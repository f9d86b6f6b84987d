// The draw's settings: month, by count or by share, how many, and optionally a recorded
// seed to draw the very same sample again for a review.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import type { SampleRequest } from '../../services/sample'
import { MonthSwitcher } from '../../components/MonthSwitcher'
import { currentMonth } from '../../format/time'
import { Card } from '../../components/Card'

type Mode = SampleRequest['mode']
type Settings = Omit<SampleRequest, 'sampleId'>

const MODES: Array<{ mode: Mode; label: string; unit: string; fallback: string }> = [
  { mode: 'count', label: '按户数', unit: '每村抽几栋房', fallback: '3' },
  { mode: 'share', label: '按比例', unit: '每村抽百分之几', fallback: '10' },
]

const SEED = /^[A-Za-z0-9_-]{4,64}$/

export function SampleForm({ busy, onDraw }: { busy: boolean; onDraw: (settings: Settings) => void }) {
  const [month, setMonth] = useState(currentMonth)
  const [mode, setMode] = useState<Mode>('count')
  const [value, setValue] = useState('3')
  const [seed, setSeed] = useState('')
  const current = MODES.find((m) => m.mode === mode)!
  const n = Number(value)
  const valueError = Number.isInteger(n) && n >= 1 && n <= 100 ? '' : '请填 1 到 100 的整数'
  const seedError = seed.trim() && !SEED.test(seed.trim()) ? '种子是 4 到 64 位的字母、数字、- 或 _' : ''

  const chooseMode = (m: (typeof MODES)[number]) => {
    setMode(m.mode)
    setValue(m.fallback)
  }

  return (
    <Card data-testid="sample-form">
      <View className="st-field">
        <Text className="st-field__label">抽查月份</Text>
        <MonthSwitcher value={month} onChange={setMonth} testId="sample-month" />
      </View>
      <View className="st-field">
        <Text className="st-field__label">抽取方式</Text>
        <View className="st-choices st-choices--grid">
          {MODES.map((m) => (
            <Button key={m.mode} block type={mode === m.mode ? 'primary' : 'default'} data-testid={`sample-mode-${m.mode}`} onClick={() => chooseMode(m)}>
              {m.label}
            </Button>
          ))}
        </View>
      </View>
      <View className="st-field">
        <Text className="st-field__label">{current.unit}</Text>
        <View className="st-input-wrap" data-testid="sample-value">
          <Input type="number" value={value} maxLength={3} onChange={setValue} />
          {mode === 'share' && <Text className="st-input-unit">%</Text>}
        </View>
        {valueError && <Text className="st-field__error">{valueError}</Text>}
      </View>
      <View className="st-field">
        <Text className="st-field__label">用记录的种子重抽（可不填）</Text>
        <View className="st-input-wrap" data-testid="sample-seed-input">
          <Input value={seed} maxLength={64} placeholder="不填则重新随机抽取" onChange={setSeed} />
        </View>
        {seedError ? (
          <Text className="st-field__error">{seedError}</Text>
        ) : (
          <Text className="st-field__hint">同样的月份、方式、数量和种子，抽出的房屋完全相同，可用于复核。</Text>
        )}
      </View>
      <Button
        block
        size="large"
        type="primary"
        loading={busy}
        disabled={busy || !!valueError || !!seedError}
        data-testid="sample-draw"
        onClick={() => onDraw({ month, mode, value: n, ...(seed.trim() ? { seed: seed.trim() } : {}) })}
      >
        {seed.trim() ? '按种子重抽' : '开始抽取'}
      </Button>
    </Card>
  )
}
