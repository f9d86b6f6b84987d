import { useRouter } from '@tarojs/taro'
import { PatrolFormScreen } from '../../../features/patrols/PatrolFormScreen'

export default function Page() {
  const { params } = useRouter()
  return <PatrolFormScreen params={params} />
}
