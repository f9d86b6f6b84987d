// The frame of every case form: its title, its fields, why a send was refused, and the
// send / cancel buttons.
import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import type { CaseDetail } from '@domain'
import { FormButtons, FormErrorText } from '../FormParts'
import type { FormError } from '../useCaseSubmit'
import { Card } from '../../../components/Card'

/** What the case page hands each form. */
export interface CaseFormProps {
  detail: CaseDetail
  onDone: (detail: CaseDetail) => void
  onConflict: () => void
  onCancel: () => void
  /** A field step was kept on the phone (no signal): it is sent later by the outbox. */
  onQueued?: () => void
}

interface Props {
  formKey: string
  title: string
  children?: ReactNode
  error: FormError | null
  busy: boolean
  submitLabel: string
  onSubmit: () => void
  onCancel?: () => void
  danger?: boolean
}

export function FormCard({ formKey, title, children, error, busy, submitLabel, onSubmit, onCancel, danger }: Props) {
  return (
    <Card className="case-form" data-testid={`case-form-${formKey}`}>
      <Text className="case-form__title">{title}</Text>
      {children}
      <FormErrorText error={error} />
      <FormButtons label={submitLabel} busy={busy} onSubmit={onSubmit} onCancel={onCancel} danger={danger} />
    </Card>
  )
}
