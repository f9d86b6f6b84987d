import { CriticalScreen } from '../../../features/cases/CriticalScreen'
import { ROUTES } from '../../../routes'

export default function Page() {
  return <CriticalScreen casePath={ROUTES.streetCase} />
}
