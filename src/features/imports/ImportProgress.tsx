// A working job: what it is doing, how far, and how many rows it has read.
import { View, Text } from '@tarojs/components'
import { Button, Progress } from '@nutui/nutui-react-taro'
import type { ImportJobView } from '@domain'
import { palette } from '../../styles/theme'
import { Card } from '../../components/Card'

export function ImportProgress({ job, stepError, onResume }: { job: ImportJobView; stepError: string | null; onResume: () => void }) {
  return (
    <Card data-testid="import-progress">
      <Text className="imp-phase-label">{job.phaseLabel}…</Text>
      <Progress percent={job.progress} strokeWidth="14" color={palette.primary} showText={false} animated={false} />
      <View className="imp-progress-line">
        <Text data-testid="import-rows-read">已读取 {job.rowsRead} 行</Text>
        <Text>{job.progress}%</Text>
      </View>
      {stepError ? (
        <View>
          <Text className="notice notice--danger st-notice" data-testid="import-step-error">
            {stepError}
          </Text>
          <Button block size="large" type="primary" data-testid="import-resume" onClick={onResume}>
            继续
          </Button>
        </View>
      ) : (
        <Text className="st-field__hint">请不要离开这一页；离开后回来会接着处理。</Text>
      )}
    </Card>
  )
}
