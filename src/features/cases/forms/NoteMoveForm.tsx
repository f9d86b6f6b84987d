// Moves that need only a few words: 村核实, 核实无隐患销号, 报街道.
import { useState } from 'react'
import { NoteField } from '../FormParts'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

export type NoteAction = 'verify' | 'dismiss' | 'reportToStreet'

const NOTE_FORMS: Record<NoteAction, { title: string; label: string; placeholder: string; required: boolean; submit: string }> = {
  verify: { title: '村核实', label: '现场看到的情况', placeholder: '例如：到现场看了，后墙有斜裂缝', required: true, submit: '提交核实情况' },
  dismiss: { title: '核实无隐患，销号', label: '为什么没有隐患', placeholder: '例如：裂缝是抹灰层开裂，主体完好', required: true, submit: '确认销号' },
  reportToStreet: { title: '报街道', label: '给街道的说明（可不填）', placeholder: '例如：墙体开裂明显，请尽快安排鉴定', required: false, submit: '报街道' },
}

export function NoteMoveForm({ action, ...props }: CaseFormProps & { action: NoteAction }) {
  const form = NOTE_FORMS[action]
  const [note, setNote] = useState('')
  const submit = useCaseSubmit(props)
  const send = () =>
    submit.move(async () => {
      const text = note.trim()
      if (form.required && !text) return notReady(`请填写${form.label}`)
      return ready({ action, note: text })
    })
  return (
    <FormCard formKey={action} title={form.title} error={submit.error} busy={submit.busy} submitLabel={form.submit} onSubmit={() => void send()} onCancel={props.onCancel} danger={action === 'dismiss'}>
      <NoteField label={form.label} value={note} onChange={setNote} testId="case-note" placeholder={form.placeholder} />
    </FormCard>
  )
}
