import { MyReportsScreen } from '../../../features/selfcheck/MyReportsScreen'

export default function Page() {
  return <MyReportsScreen />
}
