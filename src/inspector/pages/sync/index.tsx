import { QueueScreen } from '../../../features/offline/QueueScreen'

export default function Page() {
  return <QueueScreen />
}
