import { ImportNewScreen } from '../../../features/imports/ImportNewScreen'

export default function Page() {
  return <ImportNewScreen />
}
