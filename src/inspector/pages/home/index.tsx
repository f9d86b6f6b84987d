import { InspectorHomeScreen } from '../../../features/inspector-home/InspectorHomeScreen'

export default function Page() {
  return <InspectorHomeScreen />
}
