import { CoverageScreen } from '../../../features/coverage/CoverageScreen'

export default function Page() {
  return <CoverageScreen />
}
