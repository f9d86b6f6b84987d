// DEPLOY.md is what the administrator applies for templates from: every kind of message,
// its title and each keyword must be there, and who receives it.
import fs from 'node:fs'
import path from 'node:path'
import { MESSAGE_KINDS, MESSAGE_KIND_TEXT, TEMPLATE_DEFS } from '../../domain'

const deploy = fs.readFileSync(path.join(__dirname, '../../DEPLOY.md'), 'utf8')

it.each([...MESSAGE_KINDS])('DEPLOY.md lists the %s template with its keywords and who receives it', (kind) => {
  const def = TEMPLATE_DEFS[kind]
  expect(deploy).toContain(`| ${kind} | ${def.title} | ${def.keywords.map((k) => `${k.label}(${k.key})`).join('、')} |`)
  expect(deploy).toContain(`| ${kind} ${MESSAGE_KIND_TEXT[kind].name} |`)
})

it('DEPLOY.md says how to mark a long-term template', () => {
  expect(deploy).toContain('{"id":"模板ID","longTerm":true}')
  expect(deploy).toContain('政务民生')
})
