import { DistrictHomeScreen } from '../../../features/district/DistrictHomeScreen'

export default function Page() {
  return <DistrictHomeScreen />
}
