// A/B 级: no danger to the main structure. The case closes with the appraiser's advice.
import { useState } from 'react'
import { Choices, NoteField } from '../FormParts'
import { notReady, ready, useCaseSubmit } from '../useCaseSubmit'
import { FormCard, type CaseFormProps } from './FormCard'

type Advice = 'watch' | 'repair'

export function CloseSafeForm(props: CaseFormProps) {
  const [advice, setAdvice] = useState<Advice | null>(props.detail.grade === 'A' ? 'watch' : null)
  const [note, setNote] = useState('')
  const submit = useCaseSubmit(props)
  const send = () =>
    submit.move(async () => (advice ? ready({ action: 'closeSafe' as const, advice, note: note.trim() }) : notReady('请选择处理建议')))
  return (
    <FormCard formKey="closeSafe" title="A/B 级，按建议处理后销号" error={submit.error} busy={submit.busy} submitLabel="确认销号" onSubmit={() => void send()} onCancel={props.onCancel}>
      <Choices
        choices={[
          { value: 'watch', label: '建议关注', detail: '定期查看，有变化再报' },
          { value: 'repair', label: '建议维修', detail: '农户自行修补个别构件' },
        ]}
        value={advice}
        onChange={setAdvice}
        testId="case-advice"
      />
      <NoteField label="说明（可不填）" value={note} onChange={setNote} testId="case-note" />
    </FormCard>
  )
}
