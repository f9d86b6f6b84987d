// 系统状态 for street staff: the subscription message template of each kind as
// configured (one-time or long-term), and any template id WeChat refused — a
// configuration defect the administrator must fix; those messages stay in the inbox.
import { View, Text } from '@tarojs/components'
import type { TemplateStatus } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { RoleBar } from '../../components/RoleBar'
import { useResult } from '../../hooks/useResult'
import { call } from '../../services/api'
import { shortTime } from '../../format/time'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './notify.css'

function TemplateRow({ t }: { t: TemplateStatus }) {
  const state = t.defect ? 'blocked' : t.templateId ? 'longTerm' : 'notConfigured'
  return (
    <Card className={`nt-kind nt-kind--${state}`} data-testid="status-template" data-kind={t.kind} data-defect={t.defect ? t.defect.errCode : ''}>
      <Text className="nt-kind__name">{t.name}</Text>
      <Text className="nt-kind__when">{t.templateId ? `模板 ${t.templateId}（${t.longTerm ? '长期订阅' : '一次性订阅'}）` : '没有配置模板：只在「消息」里提醒'}</Text>
      {t.defect ? (
        <Text className="nt-kind__state" data-testid="status-defect">
          {`${t.defect.text}（微信错误码 ${t.defect.errCode}，${shortTime(t.defect.at)} 起）。这类消息仍在「消息」里。`}
        </Text>
      ) : (
        t.templateId && <Text className="nt-kind__state">正常</Text>
      )}
    </Card>
  )
}

export function SystemStatusScreen() {
  const status = useResult(() => call('system.status', {}), [])
  return (
    <View className="page" data-testid="system-status">
      <RoleBar />
      <PageTitle space="xs">系统状态</PageTitle>
      <Text className="lead">微信订阅消息模板。有问题的请管理员在小程序后台核对后改正配置 ANJU_TEMPLATE_IDS。</Text>
      <AsyncView state={status} onRetry={status.reload}>
        {(data) => (
          <View>
            {data.templates.map((t) => (
              <TemplateRow key={t.kind} t={t} />
            ))}
          </View>
        )}
      </AsyncView>
    </View>
  )
}
