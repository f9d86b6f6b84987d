// One hazard case for the people who work on it (inspectors, street staff, appraisers,
// leaders): where it stands, what the caller may do now, and everything done so far.
import { View } from '@tarojs/components'
import { AsyncView } from '../../components/AsyncView'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { AppraisalView } from './AppraisalView'
import { CaseActions } from './CaseActions'
import { CaseHeader } from './CaseHeader'
import { CaseTimeline } from './CaseTimeline'
import type { RecordKind } from './forms/RecordForm'
import { FarmerReportsView } from './FarmerReportsView'
import { ClosedView, EmergencyView, RenovationView } from './MeasuresView'
import { SupervisionSection } from './SupervisionSection'
import { useCase } from './useCase'
import './cases.css'

export function CaseScreen({ caseId, householdPath, startWith }: { caseId: string | undefined; householdPath?: string; startWith?: RecordKind }) {
  const { state, reload, show } = useCase(caseId)
  // Back from the appraisal form (or anywhere): show the case as it is now.
  useReloadOnShow(() => void reload(true))
  return (
    <View className="page">
      <AsyncView state={state} onRetry={() => void reload()}>
        {(c) => (
          <View data-testid="case-page" data-case-id={c.id}>
            <CaseHeader detail={c} householdPath={householdPath} />
            <CaseActions detail={c} onChanged={show} onConflict={() => void reload(true)} startWith={startWith} />
            <FarmerReportsView reports={c.reports} />
            {c.appraisal && <AppraisalView appraisal={c.appraisal} />}
            {c.emergency && <EmergencyView emergency={c.emergency} />}
            {c.renovation && <RenovationView renovation={c.renovation} />}
            <SupervisionSection detail={c} onRecorded={() => void reload(true)} />
            {c.stage === 'closed' && <ClosedView detail={c} />}
            <CaseTimeline events={c.timeline} />
          </View>
        )}
      </AsyncView>
    </View>
  )
}
