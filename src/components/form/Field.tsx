// A labelled block of a form, and the message of a refused send: the one field of every
// form. On its own it is a card of its own (alert, disaster, shelter, house forms); inside
// a card that already frames the form (the case forms) it is drawn without one (`inCard`).
// A field a refused send found wanting is outlined (`missing`) for as long as it is: the
// form passes what its check says now, so the outline goes the moment the field is fixed.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Input, TextArea } from '@nutui/nutui-react-taro'
import './form.css'

export interface FieldProps {
  label: string
  hint?: string
  testId?: string
  /** The field sits in a card that frames the whole form: no card of its own. */
  inCard?: boolean
  /** Outlined in red: the last send was refused for this field and it is still not right. */
  missing?: boolean
  children: ReactNode
}

export function Field({ label, hint, testId, inCard = false, missing = false, children }: FieldProps) {
  const block = inCard ? 'case-field' : 'fm-field'
  return (
    <View className={`${block}${missing ? ` ${block}--missing` : ''}`} data-testid={testId} data-missing={missing}>
      <Text className={`${block}__label`}>{label}</Text>
      {children}
      {hint && <Text className={`${block}__hint`}>{hint}</Text>}
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

interface TextProps {
  label: string
  value: string
  onChange: (v: string) => void
  maxLength: number
  placeholder?: string
  hint?: string
  testId: string
}

/** A labelled one-line text box: the shape of every plain text field in these forms. */
export function TextField(props: TextProps & { type?: 'text' | 'digit' | 'tel' }) {
  return (
    <Field label={props.label} hint={props.hint}>
      <View className="fm-input" data-testid={props.testId}>
        <Input value={props.value} onChange={props.onChange} maxLength={props.maxLength} type={props.type ?? 'text'} placeholder={props.placeholder} />
      </View>
    </Field>
  )
}

/** A labelled three-line text box (情况说明, 已采取的措施, 预警内容); the field carries the test id. */
export function TextAreaField({ label, value, onChange, maxLength, placeholder, hint, testId }: TextProps) {
  return (
    <Field label={label} hint={hint} testId={testId}>
      <View className="fm-input">
        <TextArea value={value} onChange={onChange} maxLength={maxLength} rows={3} placeholder={placeholder} />
      </View>
    </Field>
  )
}
