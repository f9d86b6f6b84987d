// A move with nothing to fill in (开始鉴定): one big button, its refusal shown under it.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { FormErrorText } from '../FormParts'
import { ready, useCaseSubmit } from '../useCaseSubmit'
import type { CaseFormProps } from './FormCard'

export function OneTapMove({ label, ...props }: Omit<CaseFormProps, 'onCancel'> & { label: string }) {
  const submit = useCaseSubmit(props)
  const send = () => submit.move(async () => ready({ action: 'startAppraisal' as const, note: '' }))
  return (
    <View data-testid="case-form-startAppraisal">
      <Button block size="large" type="primary" loading={submit.busy} disabled={submit.busy} data-testid="case-action-startAppraisal" onClick={() => void send()}>
        {label}
      </Button>
      <FormErrorText error={submit.error} />
    </View>
  )
}
