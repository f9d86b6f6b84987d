// Compares two folders of screenshots (before and after a change meant to keep the look) and
// prints, per screen, the share of pixels that differ; writes a diff picture of each screen
// that changed, so a person can see where. Exits 1 when a screen is missing or resized.
//   npm run shots:compare -- <before-dir> <after-dir> [--diff <dir>] [--threshold 0.1]
import fs from 'node:fs'
import path from 'node:path'
import pixelmatch from 'pixelmatch'
import { PNG } from 'pngjs'

interface Args { before: string; after: string; diff: string; threshold: number }

function parseArgs(argv: string[]): Args {
  const positional: string[] = []
  let diff = ''
  let threshold = 0.1
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    if (arg === '--diff') diff = argv[++i] ?? ''
    else if (arg === '--threshold') threshold = Number(argv[++i])
    else positional.push(arg)
  }
  const [before, after] = positional
  if (positional.length !== 2 || !before || !after) throw new Error('usage: compare-shots <before-dir> <after-dir> [--diff <dir>] [--threshold 0.1]')
  return { before, after, diff: diff || path.join(after, '..', 'diff'), threshold }
}

const read = (file: string) => PNG.sync.read(fs.readFileSync(file))

function main(): number {
  const args = parseArgs(process.argv.slice(2))
  fs.mkdirSync(args.diff, { recursive: true })
  const names = fs.readdirSync(args.before).filter((n) => n.endsWith('.png')).sort()
  let broken = 0
  for (const name of names) {
    const afterFile = path.join(args.after, name)
    if (!fs.existsSync(afterFile)) {
      console.log(`${name}\tmissing after`)
      broken++
      continue
    }
    const a = read(path.join(args.before, name))
    const b = read(afterFile)
    if (a.width !== b.width || a.height !== b.height) {
      console.log(`${name}\tsize ${a.width}×${a.height} → ${b.width}×${b.height}`)
      broken++
      continue
    }
    const out = new PNG({ width: a.width, height: a.height })
    const differing = pixelmatch(a.data, b.data, out.data, a.width, a.height, { threshold: args.threshold })
    const share = differing / (a.width * a.height)
    if (differing > 0) fs.writeFileSync(path.join(args.diff, name), PNG.sync.write(out))
    console.log(`${name}\t${(share * 100).toFixed(2)}% (${differing} px)`)
  }
  return broken ? 1 : 0
}

process.exitCode = main()
