import { PeopleScreen } from '../../../features/people/PeopleScreen'

export default function Page() {
  return <PeopleScreen />
}
