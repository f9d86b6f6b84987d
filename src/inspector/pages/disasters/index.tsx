import { DisasterListScreen } from '../../../features/disasters/DisasterListScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  return <DisasterListScreen eventPath={ROUTES.inspectorDisaster} declarePath={ROUTES.inspectorDisasterDeclare} />
}
