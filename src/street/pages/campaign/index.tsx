import { useRouter } from '@tarojs/taro'
import { CampaignScreen } from '../../../features/alerts/CampaignScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  const { params } = useRouter()
  return <FollowSystemFont><CampaignScreen campaignId={params.campaignId} autoRun={params.run === '1'} /></FollowSystemFont>
}
