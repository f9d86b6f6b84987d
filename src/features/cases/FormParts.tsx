// The pieces every case form is built from: the kit's labelled field and big choice
// buttons drawn inside the form's card, a yes/no pair, the message of a refused send, and
// the send / cancel buttons.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Input, TextArea } from '@nutui/nutui-react-taro'
import { ChoiceGrid, type Choice, type ChoiceGridProps } from '../../components/form/ChoiceGrid'
import { Field as KitField, type FieldProps } from '../../components/form/Field'
import type { FormError } from './useCaseSubmit'
import './cases.css'

/** The kit's field, drawn inside the case form's card. */
export const Field = (props: Omit<FieldProps, 'inCard'>) => <KitField inCard {...props} />

/** The kit's choice grid, drawn inside the case form's card. */
export const Choices = <T extends string>(props: Omit<ChoiceGridProps<T>, 'inCard'>) => <ChoiceGrid inCard {...props} />

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
