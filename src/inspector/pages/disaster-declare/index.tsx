import { DisasterDeclareScreen } from '../../../features/disasters/DisasterDeclareScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  return <DisasterDeclareScreen eventPath={ROUTES.inspectorDisaster} />
}
