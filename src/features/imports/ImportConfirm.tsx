// The decision on a checked list: who leaves (flagged ones first), the reason for those
// who leave (required when anyone leaves), whether to skip the rows with errors, then
// import with the count shown ("确认调出 24 户") — or cancel the job. The server refuses
// the apply if that count is no longer the job's.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, Checkbox, TextArea } from '@nutui/nutui-react-taro'
import type { ImportJobView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { applyImport, cancelImport, importLeaving } from '../../services/import'
import { ImportLeaving } from './ImportLeaving'
import { Card } from '../../components/Card'

export const DEFAULT_REMOVAL_REASON = '不在部门最新名单中'

export function ImportConfirm({ job, onChanged }: { job: ImportJobView; onChanged: (job: ImportJobView) => void }) {
  const { counts } = job
  const [reason, setReason] = useState(DEFAULT_REMOVAL_REASON)
  const [skipErrors, setSkipErrors] = useState(false)
  const [busy, setBusy] = useState<'apply' | 'cancel' | null>(null)
  const [confirmCancel, setConfirmCancel] = useState(false)
  const [error, setError] = useState('')
  const leaving = useResult(() => importLeaving(job.id), [job.id])

  const needsReason = counts.missing > 0
  const blockedByErrors = counts.error > 0 && !skipErrors
  const missingReason = needsReason && !reason.trim()

  const run = async (kind: 'apply' | 'cancel') => {
    setBusy(kind)
    setError('')
    const res =
      kind === 'apply'
        ? await applyImport({ importId: job.id, excludeErrorRows: counts.error > 0 && skipErrors, removalReason: needsReason ? reason.trim() : '', confirmedLeaving: counts.missing })
        : await cancelImport(job.id)
    setBusy(null)
    setConfirmCancel(false)
    if (res.ok) onChanged(res.data)
    else setError(res.message)
  }

  return (
    <Card className="imp-confirm" data-testid="import-confirm">
      <Text className="st-field__label">核对无误后确认</Text>
      <Text className="st-line imp-summary" data-testid="import-summary">
        将新增 {counts.new} 户，更新 {counts.changed} 户，调出 {counts.missing} 户。
      </Text>
      {needsReason && (
        <AsyncView state={leaving} onRetry={leaving.reload}>
          {(view) => <ImportLeaving view={view} />}
        </AsyncView>
      )}
      {needsReason && (
        <View className="st-field">
          <Text className="st-field__label">调出原因（必填）</Text>
          <View className="st-textarea" data-testid="import-reason">
            <TextArea value={reason} maxLength={100} showCount placeholder="例如：不在部门最新名单中" onChange={(v) => setReason(v)} />
          </View>
          {missingReason && <Text className="st-field__error">请填写调出原因</Text>}
        </View>
      )}
      {counts.error > 0 && (
        <View className="st-field imp-skip">
          <View data-testid="import-skip-errors" data-checked={skipErrors}>
            <Checkbox checked={skipErrors} label={`跳过有错误的行（${counts.error} 行）`} onChange={(v) => setSkipErrors(v)} />
          </View>
          {blockedByErrors && <Text className="st-field__hint">有错误的行需要先改正后重新上传，或勾选跳过。</Text>}
        </View>
      )}
      {error && (
        <Text className="notice notice--danger st-notice" data-testid="import-confirm-error">
          {error}
        </Text>
      )}
      <View className="st-actions">
        <Button
          block
          size="large"
          type="primary"
          disabled={blockedByErrors || missingReason || busy !== null || (needsReason && leaving.status !== 'ok')}
          loading={busy === 'apply'}
          data-testid="import-apply"
          onClick={() => void run('apply')}
        >
          {needsReason ? `确认调出 ${counts.missing} 户` : '确认导入'}
        </Button>
        {confirmCancel ? (
          <View className="imp-cancel-confirm">
            <Text className="st-line">取消后这份名单不会导入，要重新上传才能再导。确定取消吗？</Text>
            <Button block size="large" type="danger" loading={busy === 'cancel'} disabled={busy !== null} data-testid="import-cancel-confirm" onClick={() => void run('cancel')}>
              确定取消导入
            </Button>
            <Button block size="large" fill="none" data-testid="import-cancel-back" onClick={() => setConfirmCancel(false)}>
              不取消
            </Button>
          </View>
        ) : (
          <Button block size="large" fill="outline" disabled={busy !== null} data-testid="import-cancel" onClick={() => setConfirmCancel(true)}>
            取消这次导入
          </Button>
        )}
      </View>
    </Card>
  )
}
