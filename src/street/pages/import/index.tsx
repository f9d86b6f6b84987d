import { useRouter } from '@tarojs/taro'
import { ImportJobScreen } from '../../../features/imports/ImportJobScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><ImportJobScreen importId={params.id} /></FollowSystemFont>
}
