import { AppraisalReviewScreen } from '../../../features/appraisal-review/AppraisalReviewScreen'
import { FollowSystemFont } from '../../../components/FollowSystemFont'

export default function Page() {
  return <FollowSystemFont><AppraisalReviewScreen /></FollowSystemFont>
}
