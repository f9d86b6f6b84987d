// The pieces every case form is built from: a labelled field, big choice buttons, a
// yes/no pair, the message of a refused send, and the send / cancel buttons.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import type { FormError } from './useCaseSubmit'
import './cases.css'

export function Field({ label, hint, testId, children }: { label: string; hint?: string; testId?: string; children: ReactNode }) {
  return (
    <View className="case-field" data-testid={testId}>
      <Text className="case-field__label">{label}</Text>
      {children}
      {hint && <Text className="case-field__hint">{hint}</Text>}
    </View>
  )
}

export interface Choice<T extends string> {
  value: T
  label: string
  /** A second line under the label (e.g. the guideline's words). */
  detail?: string
}

interface ChoicesProps<T extends string> {
  choices: Choice<T>[]
  value: T | null
  onChange: (value: T) => void
  testId: string
  columns?: 1 | 2 | 3 | 4
  danger?: (value: T) => boolean
}

export function Choices<T extends string>({ choices, value, onChange, testId, columns = 2, danger }: ChoicesProps<T>) {
  return (
    <View className={`case-choices case-choices--${columns}`} data-testid={testId} data-value={value ?? ''}>
      {choices.map((c) => {
        const chosen = value === c.value
        return (
          <View
            key={c.value}
            className={`case-choice${chosen ? ' case-choice--on' : ''}${chosen && danger?.(c.value) ? ' case-choice--danger' : ''}`}
            data-testid={`${testId}-${c.value}`}
            data-chosen={chosen}
            onClick={() => onChange(c.value)}
          >
            <Text className="case-choice__label">{c.label}</Text>
            {c.detail && <Text className="case-choice__detail">{c.detail}</Text>}
          </View>
        )
      })}
    </View>
  )
}

export function YesNo({ value, onChange, testId, yes = '是', no = '否' }: { value: boolean | null; onChange: (v: boolean) => void; testId: string; yes?: string; no?: string }) {
  const choices: Choice<'yes' | 'no'>[] = [
    { value: 'yes', label: yes },
    { value: 'no', label: no },
  ]
  return <Choices choices={choices} value={value === null ? null : value ? 'yes' : 'no'} onChange={(v) => onChange(v === 'yes')} testId={testId} />
}

export function NoteField({ label, value, onChange, testId, placeholder = '', max = 300 }: { label: string; value: string; onChange: (v: string) => void; testId: string; placeholder?: string; max?: number }) {
  return (
    <Field label={label} testId={testId}>
      <View className="case-input">
        <TextArea value={value} onChange={onChange} maxLength={max} rows={3} placeholder={placeholder} />
      </View>
    </Field>
  )
}

export function TextField({ label, value, onChange, testId, placeholder = '', type = 'text', max = 50, hint }: { label: string; value: string; onChange: (v: string) => void; testId: string; placeholder?: string; type?: 'text' | 'digit'; max?: number; hint?: string }) {
  return (
    <Field label={label} testId={testId} hint={hint}>
      <View className="case-input">
        <Input value={value} onChange={onChange} type={type} maxLength={max} placeholder={placeholder} />
      </View>
    </Field>
  )
}

/** Why the last send was refused; a CONFLICT also says the case above is now the latest. */
export function FormErrorText({ error }: { error: FormError | null }) {
  if (!error) return null
  return (
    <View className="case-form-error" data-testid="case-form-error" data-code={error.code}>
      <Text className="case-form-error__text">{error.message}</Text>
      {error.code === 'CONFLICT' && <Text className="case-form-error__hint">上面已换成最新情况，请核对后再点一次提交。</Text>}
      {error.code === 'UNAVAILABLE' && <Text className="case-form-error__hint">填写的内容还在，网络好了再点一次提交即可，不会重复提交。</Text>}
    </View>
  )
}

interface FormButtonsProps {
  label: string
  busy: boolean
  onSubmit: () => void
  onCancel?: () => void
  danger?: boolean
}

export function FormButtons({ label, busy, onSubmit, onCancel, danger = false }: FormButtonsProps) {
  return (
    <View className="case-form-buttons">
      <Button block size="large" type={danger ? 'danger' : 'primary'} loading={busy} disabled={busy} data-testid="case-form-submit" onClick={onSubmit}>
        {label}
      </Button>
      {onCancel && (
        <Button block size="large" fill="outline" type="default" disabled={busy} data-testid="case-form-cancel" onClick={onCancel}>
          取消
        </Button>
      )}
    </View>
  )
}
