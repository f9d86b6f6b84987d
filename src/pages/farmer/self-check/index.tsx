import { useRouter } from '@tarojs/taro'
import { SelfCheckScreen } from '../../../features/selfcheck/SelfCheckScreen'

export default function Page() {
  const { params } = useRouter()
  return <SelfCheckScreen houseId={params.houseId} problem={params.problem === '1'} />
}
