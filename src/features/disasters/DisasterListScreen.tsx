// 灾情上报: every declared disaster over the user's villages, newest first, each opening
// its page to report damaged houses or see how the villages stand. Whoever may declare
// one starts here too.
import { View, Text } from '@tarojs/components'
import type { DisasterListItem } from '@domain'
import { RoleBar } from '../../components/RoleBar'
import { listDisasters } from '../../services/disaster'
import { PagedList } from '../../components/PagedList'
import { useActiveRole } from '../../hooks/useActiveRole'
import { usePaged } from '../../hooks/usePaged'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { DeclareDisasterButton } from './DeclareDisasterButton'
import { DisasterRow } from './DisasterRow'
import { PageTitle } from '../../components/PageTitle'
import './disasters.css'

const PAGE_SIZE = 20

interface Props {
  eventPath: string
  /** Where to declare a new disaster; absent for roles that may not. */
  declarePath?: string
}

export function DisasterListScreen({ eventPath, declarePath }: Props) {
  const role = useActiveRole()
  const list = usePaged<DisasterListItem>((page) => listDisasters(page, PAGE_SIZE), 'all')
  useReloadOnShow(list.reload)
  return (
    <View className="page" data-testid="disaster-list-screen">
      <RoleBar />
      <PageTitle space="l">灾情上报</PageTitle>
      {declarePath && <DeclareDisasterButton declarePath={declarePath} />}
      <Text className="ds-note">受损房屋要在灾情发生后 3 天内逐户上报，点开一次灾情去上报或查看。</Text>
      <PagedList
        list={list}
        render={(d) => <DisasterRow key={d.id} item={d} eventPath={eventPath} own={role === 'inspector'} />}
        totalText={(n) => `共 ${n} 次灾情`}
        emptyText="还没有登记过灾情"
        testId="disaster-list"
      />
    </View>
  )
}
