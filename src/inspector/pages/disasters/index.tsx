import { DisasterListScreen } from '../../../features/disasters/DisasterListScreen'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><DisasterListScreen eventPath={ROUTES.inspectorDisaster} declarePath={ROUTES.inspectorDisasterDeclare} /></FollowSystemFont>
}
