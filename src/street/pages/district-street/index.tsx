import { DistrictStreetScreen } from '../../../features/district/DistrictStreetScreen'

export default function Page() {
  return <DistrictStreetScreen />
}
