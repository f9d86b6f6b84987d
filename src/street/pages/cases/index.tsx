import { CaseListScreen } from '../../../features/cases/CaseListScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  return <CaseListScreen casePath={ROUTES.streetCase} />
}
