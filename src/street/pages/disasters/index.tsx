import { DisasterListScreen } from '../../../features/disasters/DisasterListScreen'
import { canCall } from '../../../services/access'
import { useActiveRole } from '../../../hooks/useActiveRole'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const role = useActiveRole()
  return <FollowSystemFont><DisasterListScreen eventPath={ROUTES.streetDisaster} declarePath={canCall('disaster.declare', role) ? ROUTES.streetDisasterDeclare : undefined} /></FollowSystemFont>
}
