import { AuditScreen } from '../../../features/accountability/AuditScreen'

export default function Page() {
  return <AuditScreen />
}
