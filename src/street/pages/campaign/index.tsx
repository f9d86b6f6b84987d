import { useRouter } from '@tarojs/taro'
import { CampaignScreen } from '../../../features/alerts/CampaignScreen'

export default function Page() {
  const { params } = useRouter()
  return <CampaignScreen campaignId={params.campaignId} autoRun={params.run === '1'} />
}
