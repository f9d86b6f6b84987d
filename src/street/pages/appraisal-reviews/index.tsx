import { AppraisalReviewScreen } from '../../../features/appraisal-review/AppraisalReviewScreen'

export default function Page() {
  return <AppraisalReviewScreen />
}
