// 预警规则: which weather warnings start an emergency patrol. The configured rules are
// shown in words; staff add rules of their own, above all for a warning type that arrived
// and matched nothing (shown first, with a button to cover it) — no deploy needed.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AlertRulesView } from '@domain'
import { AsyncView } from '../../components/AsyncView'
import { useResult } from '../../hooks/useResult'
import { listAlertRules, saveAlertRules, type AlertRuleInput } from '../../services/alert-rule'
import { canCall } from '../../services/access'
import { useActiveRole } from '../../hooks/useActiveRole'
import { AlertRuleForm, type RuleDraftStart } from './AlertRuleForm'
import { FormError } from '../../components/form/Field'
import { ruleEvents, ruleWords } from './rule-words'
import { shortTime } from '../../format/time'
import { Card } from '../../components/Card'
import { PageTitle } from '../../components/PageTitle'
import './alerts.css'

function Rules({ view, canEdit, onSaved }: { view: AlertRulesView; canEdit: boolean; onSaved: () => void }) {
  const [draft, setDraft] = useState<RuleDraftStart | null | undefined>(undefined)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')

  const save = async (rules: AlertRuleInput[], done: string) => {
    setBusy(true)
    const res = await saveAlertRules(rules)
    setBusy(false)
    if (!res.ok) return setError(res.message)
    setError('')
    setDraft(undefined)
    void Taro.showToast({ title: done, icon: 'success' })
    onSaved()
  }
  const own = view.own.map((r) => ({ ...r, eventNames: r.eventNames ?? [] }))
  const remove = (i: number) =>
    void Taro.showModal({ title: '删除这条规则？', content: `${ruleEvents(own[i]!)}：${ruleWords(own[i]!)}`, confirmText: '删除' }).then((r) => {
      if (r.confirm) void save(own.filter((_, j) => j !== i), '已删除')
    })

  return (
    <View>
      {view.unmatched.length > 0 && (
        <Card className="al-card" data-testid="rules-unmatched">
          <Text className="al-card__title">⚠️ 这些预警没有对应的巡查规则</Text>
          {view.unmatched.map((t) => (
            <View key={`${t.code}|${t.name}`} className="al-rule" data-testid="rules-unmatched-item">
              <Text className="al-card__line">
                {t.name || '未命名'}（代码 {t.code}）· 收到 {t.times} 次，最近 {shortTime(t.lastAt)}
              </Text>
              {canEdit && (
                <Button size="large" type="primary" data-testid="rules-cover" onClick={() => setDraft({ code: /^\d{4}$/.test(t.code) ? t.code : '', name: t.name })}>
                  为它加规则
                </Button>
              )}
            </View>
          ))}
        </Card>
      )}
      <Card className="al-card" data-testid="rules-own">
        <Text className="al-card__title">本街道添加的规则</Text>
        {own.length === 0 && <Text className="al-note">还没有。系统默认规则见下方。</Text>}
        {own.map((r, i) => (
          <View key={i} className="al-rule" data-testid="rules-own-item">
            <Text className="al-card__line">{ruleEvents(r)}</Text>
            <Text className="al-card__text">{ruleWords(r)}</Text>
            {canEdit && (
              <Button size="small" fill="outline" type="danger" onClick={() => remove(i)}>
                删除
              </Button>
            )}
          </View>
        ))}
        {view.updatedAt && <Text className="al-note">最近修改：{view.updatedBy ?? ''} {shortTime(view.updatedAt)}</Text>}
        {canEdit && draft === undefined && (
          <Button block size="large" type="primary" data-testid="rules-add-open" onClick={() => setDraft(null)}>
            ＋ 添加规则
          </Button>
        )}
      </Card>
      {draft !== undefined && <AlertRuleForm key={draft ? `${draft.code}|${draft.name}` : 'new'} start={draft} busy={busy} onAdd={(r) => void save([...own, r], '规则已保存')} onCancel={() => setDraft(undefined)} />}
      <FormError message={error} testId="rules-error" />
      <Card className="al-card" data-testid="rules-configured">
        <Text className="al-card__title">系统默认规则</Text>
        {view.configured.map((r, i) => (
          <View key={i} className="al-rule">
            <Text className="al-card__text">{ruleWords(r)}</Text>
            <Text className="al-note">{ruleEvents(r)}</Text>
          </View>
        ))}
      </Card>
    </View>
  )
}

export function AlertRulesScreen() {
  const role = useActiveRole()
  const rules = useResult(listAlertRules, [])
  return (
    <View className="page" data-testid="alert-rules-screen">
      <PageTitle space="l">预警规则</PageTitle>
      <Text className="al-note">符合规则的预警一到，就给相关村生成应急巡查任务并通知巡查员。</Text>
      <AsyncView state={rules} onRetry={rules.reload}>
        {(view) => <Rules view={view} canEdit={canCall('alertRule.save', role)} onSaved={rules.reload} />}
      </AsyncView>
    </View>
  )
}
