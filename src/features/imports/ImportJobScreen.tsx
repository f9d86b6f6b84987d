// One import job from upload to done: progress while the server works through the file,
// then the preview and the decision, then the outcome.
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ImportJobView } from '@domain'
import { ErrorView, LoadingView } from '../../components/StateViews'
import { canCall } from '../../services/access'
import { timeText } from '../../format/time'
import { useActiveRole } from '../../hooks/useActiveRole'
import { ImportConfirm } from './ImportConfirm'
import { ImportPreview } from './ImportPreview'
import { ImportProgress } from './ImportProgress'
import { JobHeadLines } from './JobHeadLines'
import { isWorking } from './labels'
import { useImportJob } from './useImportJob'
import '../../components/street.css'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './imports.css'

function JobHead({ job }: { job: ImportJobView }) {
  return (
    <Card data-testid="import-job" data-import-id={job.id}>
      <JobHeadLines job={job} />
      {job.rowsRead > 0 && <Text className="st-line">共 {job.rowsRead} 行</Text>}
      {job.villagesCovered.length > 0 && <Text className="st-line">涉及：{job.villagesCovered.join('、')}</Text>}
      {job.appliedAt && <Text className="st-line">导入：{timeText(job.appliedAt)}</Text>}
    </Card>
  )
}

function Outcome({ job }: { job: ImportJobView }) {
  if (job.phase === 'failed') {
    return (
      <Text className="notice notice--danger st-notice" data-testid="import-failure">
        导入失败：{job.failure ?? '原因不明'}。请检查文件后重新上传。
      </Text>
    )
  }
  if (job.phase === 'cancelled') return <Text className="notice notice--info st-notice" data-testid="import-cancelled">这次导入已取消，名单没有改动。</Text>
  if (job.phase === 'done') {
    return (
      <Text className="notice notice--ok st-notice" data-testid="import-done">
        已导入：新增 {job.counts.new} 户，更新 {job.counts.changed} 户，调出 {job.counts.missing} 户。
      </Text>
    )
  }
  return null
}

export function ImportJobScreen({ importId }: { importId: string | undefined }) {
  const role = useActiveRole()
  const canOperate = canCall('import.step', role)
  const { state, reload, replace, resume } = useImportJob(importId ?? '', canOperate && !!importId)
  if (!importId) return <ErrorView code="NOT_FOUND" message="没有找到这次导入" onRetry={reload} />

  return (
    <View className="page st-page">
      <PageTitle>名单导入</PageTitle>
      {state.status === 'loading' && <LoadingView />}
      {state.status === 'error' && <ErrorView code={state.code} message={state.message} onRetry={reload} />}
      {state.status === 'ok' && (
        <View>
          <JobHead job={state.job} />
          {isWorking(state.job.phase) &&
            (canOperate ? (
              <ImportProgress job={state.job} stepError={state.stepError} onResume={resume} />
            ) : (
              <Card>
                <Text className="st-line">{state.job.phaseLabel}（{state.job.progress}%），由建管办处理中。</Text>
                <Button block fill="outline" type="primary" onClick={reload}>
                  刷新
                </Button>
              </Card>
            ))}
          <Outcome job={state.job} />
          {['ready', 'done'].includes(state.job.phase) && (
            <ImportPreview job={state.job}>{state.job.phase === 'ready' && canOperate && <ImportConfirm job={state.job} onChanged={replace} />}</ImportPreview>
          )}
        </View>
      )}
    </View>
  )
}
