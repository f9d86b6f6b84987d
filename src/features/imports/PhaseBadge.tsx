import type { ImportJobView } from '@domain'
import { PHASE_TONE } from './labels'
import '../../components/street.css'
import { Badge } from '../../components/Badge'

export function PhaseBadge({ job }: { job: ImportJobView }) {
  const tone = PHASE_TONE[job.phase]
  return (
    <Badge tone={tone === 'plain' ? 'muted' : tone} data-testid="import-phase" data-phase={job.phase}>
      {job.phaseLabel}
    </Badge>
  )
}
