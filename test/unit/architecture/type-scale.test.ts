// The weapp type scale is in rem so that WeChat's font size (关怀模式, large system fonts)
// enlarges every text; each step is its 750-unit size over 32 (1rem = WeChat's standard 16px).
import fs from 'node:fs'
import path from 'node:path'

const tokens = fs.readFileSync(path.resolve(__dirname, '../../../src/styles/tokens.css'), 'utf8')
const weappBlock = /\/\* #ifdef weapp \*\/([\s\S]*?)\/\* #endif \*\//.exec(tokens)?.[1] ?? ''

test('every font size token has its rem twin for weapp, at one 32nd of its 750-unit size', () => {
  const sizes = [...tokens.matchAll(/(--anju-fs-[a-z0-9-]+):\s*(\d+)px;/g)].map((m) => [m[1]!, Number(m[2])] as const)
  expect(sizes.length).toBeGreaterThan(10)
  const rems = new Map([...weappBlock.matchAll(/(--anju-fs-[a-z0-9-]+):\s*([\d.]+)rem;/g)].map((m) => [m[1]!, Number(m[2])]))
  const wrong = sizes.filter(([name, px]) => rems.get(name) !== px / 32).map(([name]) => name)
  expect(wrong).toEqual([])
})
