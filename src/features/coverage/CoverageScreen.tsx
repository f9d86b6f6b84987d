// 巡查覆盖: for a month, how far each village's patrol has got and the monthly statistics
// each village submitted.
import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { AsyncView } from '../../components/AsyncView'
import { useMe } from '../../hooks/useMe'
import { MonthSwitcher } from '../../components/MonthSwitcher'
import { currentMonth } from '../../format/time'
import { streetName } from '../../format/place'
import { CoverageList } from './CoverageList'
import { MonthlyStatsList } from './MonthlyStatsList'
import '../../components/street.css'
import './coverage.css'

type Tab = 'coverage' | 'stats'

export function CoverageScreen() {
  const me = useMe()
  const [month, setMonth] = useState(currentMonth)
  const [tab, setTab] = useState<Tab>('coverage')
  return (
    <View className="page st-page">
      <Text className="st-title">巡查覆盖</Text>
      <MonthSwitcher value={month} onChange={setMonth} testId="coverage-month" />
      <View className="st-choices st-choices--grid cov-tabs">
        <Button block type={tab === 'coverage' ? 'primary' : 'default'} data-testid="coverage-tab-coverage" onClick={() => setTab('coverage')}>
          巡查进度
        </Button>
        <Button block type={tab === 'stats' ? 'primary' : 'default'} data-testid="coverage-tab-stats" onClick={() => setTab('stats')}>
          村月度统计
        </Button>
      </View>
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
