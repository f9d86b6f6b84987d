import { DisasterDeclareScreen } from '../../../features/disasters/DisasterDeclareScreen'
import { ROUTES } from '../../../routes'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><DisasterDeclareScreen eventPath={ROUTES.streetDisaster} /></FollowSystemFont>
}
