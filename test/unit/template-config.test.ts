// ANJU_TEMPLATE_IDS marks each template one-time or long-term; a wrong entry stops the
// start with a message that says what to write instead.
import crypto from 'node:crypto'
import { loadConfig } from '../../server/config'

const load = (templateIds: string | undefined) => loadConfig({ mode: 'cloud', dataKey: crypto.randomBytes(32).toString('base64'), templateIds })

it('a bare template id is a one-time template', () => {
  const c = load('{"caseUpdate":"TPL-case"}')
  expect(c.templateIds).toEqual({ caseUpdate: 'TPL-case' })
  expect(c.longTermKinds).toEqual([])
})

it('an object marks a long-term template; both spellings mix', () => {
  const c = load('{"escalation":{"id":"TPL-esc","longTerm":true},"caseUpdate":{"id":"TPL-case"},"deadlineReminder":"TPL-dl"}')
  expect(c.templateIds).toEqual({ escalation: 'TPL-esc', caseUpdate: 'TPL-case', deadlineReminder: 'TPL-dl' })
  expect(c.longTermKinds).toEqual(['escalation'])
})

it('no setting means inbox only', () => {
  expect(load(undefined)).toMatchObject({ templateIds: {}, longTermKinds: [] })
})

it.each([
  ['not JSON', '{caseUpdate:TPL}', /ANJU_TEMPLATE_IDS must be JSON/],
  ['an unknown kind', '{"caseUpdat":"TPL"}', /unknown message kind "caseUpdat"/],
  ['longTerm not a boolean', '{"caseUpdate":{"id":"TPL","longTerm":"yes"}}', /caseUpdate/],
  ['an extra field', '{"caseUpdate":{"id":"TPL","long":true}}', /caseUpdate/],
  ['a template id with spaces', '{"caseUpdate":"TPL 1"}', /caseUpdate/],
  ['an array', '["TPL"]', /ANJU_TEMPLATE_IDS/],
])('refuses %s with a clear message', (_what, text, message) => {
  expect(() => load(text)).toThrow(message)
  expect(() => load(text)).toThrow(/each kind takes|must be JSON/)
})
