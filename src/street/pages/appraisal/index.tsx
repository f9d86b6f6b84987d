import { useRouter } from '@tarojs/taro'
import { AppraisalScreen } from '../../../features/cases/AppraisalScreen'

export default function Page() {
  const { params } = useRouter()
  return <AppraisalScreen caseId={params.caseId} />
}
