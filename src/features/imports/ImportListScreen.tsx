// Past department list imports, newest first, and the way to a new one.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { ImportJobView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { useActiveRole } from '../../hooks/useActiveRole'
import { listImports } from '../../services/import'
import { ROUTES } from '../../routes'
import { canCall } from '../../services/access'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { JobHeadLines } from './JobHeadLines'
import { TemplateButton } from './TemplateButton'
import '../../components/street.css'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './imports.css'

function JobItem({ job }: { job: ImportJobView }) {
  const open = () => void Taro.navigateTo({ url: `${ROUTES.streetImport}?id=${encodeURIComponent(job.id)}` })
  const previewed = job.phase === 'ready' || job.phase === 'applying' || job.phase === 'done'
  return (
    <Card data-testid="import-item" data-import-id={job.id} onClick={open}>
      <JobHeadLines job={job} />
      {previewed && (
        <Text className="st-line">
          新增 {job.counts.new} · 变更 {job.counts.changed} · 调出 {job.counts.missing} · 错误 {job.counts.error}
        </Text>
      )}
      <Text className="item-more">查看 ›</Text>
    </Card>
  )
}

export function ImportListScreen() {
  const activeRole = useActiveRole()
  const jobs = useResult(listImports, [])
  useReloadOnShow(jobs.reload)
  return (
    <View className="page st-page">
      <PageTitle>名单导入</PageTitle>
      <Text className="lead">民政、乡村振兴部门每月发来的最新名单，在这里导入并核对。</Text>
      <View className="st-actions">
        {canCall('import.start', activeRole) && (
          <Button block size="large" type="primary" data-testid="import-new" onClick={() => void Taro.navigateTo({ url: ROUTES.streetImportNew })}>
            导入新名单
          </Button>
        )}
        {canCall('import.template', activeRole) && <TemplateButton />}
      </View>
      <Text className="section-title st-block">导入记录</Text>
      <AsyncView state={jobs} onRetry={jobs.reload} isEmpty={(list) => list.length === 0} emptyText="还没有导入过名单">
        {(list) => (
          <View data-testid="import-list">
            {list.map((job) => (
              <JobItem key={job.id} job={job} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
