// The result matchers must tell a refusal from a success and one refusal from another,
// else a test written with them could pass on the wrong answer.
const refused = { ok: false as const, code: 'VALIDATION' as const, message: '请检查填写的内容' }
const done = { ok: true as const, data: { id: 'x' } }

it('toFailWith passes only on a refusal with that very code', () => {
  expect(refused).toFailWith('VALIDATION')
  expect(() => expect(refused).toFailWith('FORBIDDEN')).toThrow('expected FORBIDDEN, got VALIDATION: 请检查填写的内容')
  expect(() => expect(done).toFailWith('VALIDATION')).toThrow('expected VALIDATION, got ok')
})

it('toSucceed passes only on {ok: true}', () => {
  expect(done).toSucceed()
  expect(() => expect(refused).toSucceed()).toThrow('expected ok, got VALIDATION')
  expect(refused).not.toSucceed()
})
