// A labelled block of a form, and the message of a refused send. Shared by the alert
// and disaster forms.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Input } from '@nutui/nutui-react-taro'
import './form.css'

export function Field({ label, hint, testId, children }: { label: string; hint?: string; testId?: string; children: ReactNode }) {
  return (
    <View className="fm-field" data-testid={testId}>
      <Text className="fm-field__label">{label}</Text>
      {children}
      {hint && <Text className="fm-field__hint">{hint}</Text>}
    </View>
  )
}

export function FormError({ message, testId = 'form-error' }: { message: string; testId?: string }) {
  if (!message) return null
  return (
    <View className="fm-error" data-testid={testId}>
      <Text>{message}</Text>
    </View>
  )
}

/** A labelled one-line text box: the shape of every plain text field in these forms. */
export function TextField(props: {
  label: string
  value: string
  onChange: (v: string) => void
  maxLength: number
  placeholder?: string
  hint?: string
  testId: string
  type?: 'text' | 'digit' | 'tel'
}) {
  return (
    <Field label={props.label} hint={props.hint}>
      <View className="fm-input" data-testid={props.testId}>
        <Input value={props.value} onChange={props.onChange} maxLength={props.maxLength} type={props.type ?? 'text'} placeholder={props.placeholder} />
      </View>
    </Field>
  )
}
