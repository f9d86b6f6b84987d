// 巡查覆盖: for a month, how far each village's patrol has got and the monthly statistics
// each village submitted.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { MonthSwitcher } from '../../components/MonthSwitcher'
import { currentMonth } from '../../format/time'
import { streetName } from '../../format/place'
import { CoverageList } from './CoverageList'
import { MonthlyStatsList } from './MonthlyStatsList'
import '../../components/street.css'
import { PageTitle } from '../../components/PageTitle'
import { Tabs } from '../../components/Tabs'
import './coverage.css'

type Tab = 'coverage' | 'stats'

export function CoverageScreen() {
  const me = useMe()
  const [month, setMonth] = useState(currentMonth)
  const [tab, setTab] = useState<Tab>('coverage')
  return (
    <View className="page st-page">
      <PageTitle>巡查覆盖</PageTitle>
      <MonthSwitcher value={month} onChange={setMonth} testId="coverage-month" />
      <Tabs items={[{ key: 'coverage', label: '巡查进度', testId: 'coverage-tab-coverage' }, { key: 'stats', label: '村月度统计', testId: 'coverage-tab-stats' }]} value={tab} onChange={setTab} />
      {tab === 'coverage' ? (
        <CoverageList month={month} place={me.status === 'ok' ? streetName(me.data, '全街道') : '全街道'} />
      ) : (
        <AsyncView state={me} onRetry={me.reload}>
          {(user) => <MonthlyStatsList villages={user.villages} month={month} />}
        </AsyncView>
      )}
    </View>
  )
}
