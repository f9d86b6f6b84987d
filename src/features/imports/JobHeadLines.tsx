// The first lines of an import job, in the list and on its own page: the file name with its
// phase, where the list came from and when it was uploaded.
import { View, Text } from '@tarojs/components'
import type { ImportJobView } from '@domain'
import { timeText } from '../../format/time'
import { PhaseBadge } from './PhaseBadge'

export function JobHeadLines({ job }: { job: ImportJobView }) {
  return (
    <>
      <View className="st-card-head">
        <Text className="st-card-head__title">{job.fileName}</Text>
        <PhaseBadge job={job} />
      </View>
      <Text className="st-line">来源：{job.sourceLabel}</Text>
      <Text className="st-line">上传：{timeText(job.createdAt)}</Text>
    </>
  )
}
