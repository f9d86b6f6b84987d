import { useRouter } from '@tarojs/taro'
import { AppraisalScreen } from '../../../features/cases/AppraisalScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><AppraisalScreen caseId={params.caseId} /></FollowSystemFont>
}
