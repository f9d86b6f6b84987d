import { OverdueScreen } from '../../../features/accountability/OverdueScreen'

export default function Page() {
  return <OverdueScreen />
}
