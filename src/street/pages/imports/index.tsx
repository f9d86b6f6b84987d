import { ImportListScreen } from '../../../features/imports/ImportListScreen'

export default function Page() {
  return <ImportListScreen />
}
