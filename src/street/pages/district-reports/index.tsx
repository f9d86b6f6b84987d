import { DistrictReportsScreen } from '../../../features/district/DistrictReportsScreen'

export default function Page() {
  return <DistrictReportsScreen />
}
