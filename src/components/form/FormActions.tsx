// The foot of a form that sits in its own card (house options, shelters, alert rules, plan
// additions, review draws): the message of a refused send, the big send button and 取消.
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { FormError } from './Field'
import './form.css'

export function FormActions({ error, busy, label, sendTestId, errorTestId, onSend, onCancel }: {
  error: string
  busy: boolean
  /** What the send button says, e.g. 保存. */
  label: string
  sendTestId: string
  errorTestId: string
  onSend: () => unknown
  onCancel: () => void
}) {
  return (
    <>
      <FormError message={error} testId={errorTestId} />
      <View className="fm-buttons">
        <Button block size="large" type="primary" loading={busy} disabled={busy} data-testid={sendTestId} onClick={() => void onSend()}>
          {label}
        </Button>
        <Button block size="large" fill="outline" disabled={busy} onClick={onCancel}>
          取消
        </Button>
      </View>
    </>
  )
}
