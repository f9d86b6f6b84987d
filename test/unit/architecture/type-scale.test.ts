// The weapp type scale is in rem so that WeChat's font size (关怀模式, large system fonts)
// enlarges every text. The scale is written once, as multiples of one unit: a 750-unit px
// on h5 and 1/32 rem on weapp (1rem = WeChat's standard 16px = 32 units of 750).
import fs from 'node:fs'
import path from 'node:path'

const tokens = fs.readFileSync(path.resolve(__dirname, '../../../src/styles/tokens.css'), 'utf8')
const weappBlock = /\/\* #ifdef weapp \*\/([\s\S]*?)\/\* #endif \*\//.exec(tokens)?.[1] ?? ''
const common = tokens.replace(weappBlock, '')

test('every font size token is a whole number of the one type unit, so weapp sizes it in rem', () => {
  const sizes = [...common.matchAll(/(--anju-fs-(?!unit|nut-)[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()] as const)
  expect(sizes.length).toBeGreaterThan(10)
  const notInUnits = sizes.filter(([, value]) => !/^calc\(\d+ \* var\(--anju-fs-unit\)\)$/.test(value)).map(([name]) => name)
  expect(notInUnits).toEqual([])
})

test('the type unit is a 750-unit px, and one 32nd of a rem on weapp', () => {
  expect(/--anju-fs-unit:\s*1px;/.test(common)).toBe(true)
  expect([...weappBlock.matchAll(/--anju-fs-unit:\s*([\d.]+)rem;/g)].map((m) => Number(m[1]))).toEqual([1 / 32])
})
