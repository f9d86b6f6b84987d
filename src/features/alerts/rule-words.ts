// An alert rule said in words a street clerk reads at a glance.
import { ALERT_COLOR_LABELS, ALERT_EVENT_TYPES, type AlertRule } from '@domain'

export const SCOPE_WORDS = { all: '所有监测户', risky: 'B/C/D级及有隐患的房屋' } as const

export function ruleEvents(rule: Pick<AlertRule, 'eventTypes' | 'eventNames'>): string {
  const names = [...rule.eventTypes.map((c) => ALERT_EVENT_TYPES[c] ?? `代码 ${c}`), ...(rule.eventNames ?? [])]
  return [...new Set(names)].join('、')
}

export function ruleWords(rule: AlertRule): string {
  const colors = rule.colors.map((c) => ALERT_COLOR_LABELS[c]).join('、')
  return `${colors}预警：${rule.withinHours} 小时内巡查${SCOPE_WORDS[rule.scope]}`
}
