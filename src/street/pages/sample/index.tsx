import { SampleScreen } from '../../../features/sampling/SampleScreen'

export default function Page() {
  return <SampleScreen />
}
