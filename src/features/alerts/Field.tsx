// A labelled block of a form, and the message of a refused send. Shared by the alert
// and disaster forms.
import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
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
