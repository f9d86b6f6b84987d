import { Text } from '@tarojs/components'
import type { ImportJobView } from '@domain'
import { PHASE_TONE } from './labels'
import '../../components/street.css'

export function PhaseBadge({ job }: { job: ImportJobView }) {
  const tone = PHASE_TONE[job.phase]
  return (
    <Text className={`st-badge${tone === 'plain' ? '' : ` st-badge--${tone}`}`} data-testid="import-phase" data-phase={job.phase}>
      {job.phaseLabel}
    </Text>
  )
}
