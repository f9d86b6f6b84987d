import { CaseListScreen } from '../../../features/cases/CaseListScreen'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><CaseListScreen casePath={ROUTES.streetCase} /></FollowSystemFont>
}
