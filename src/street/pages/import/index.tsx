import { useRouter } from '@tarojs/taro'
import { ImportJobScreen } from '../../../features/imports/ImportJobScreen'

export default function Page() {
  const { params } = useRouter()
  return <ImportJobScreen importId={params.id} />
}
