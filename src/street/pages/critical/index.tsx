import { CriticalScreen } from '../../../features/cases/CriticalScreen'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><CriticalScreen casePath={ROUTES.streetCase} /></FollowSystemFont>
}
