// Colours, type sizes and radii are named once, in src/styles/ (tokens.css for stylesheets,
// theme.ts for canvas, map and charts). Anywhere else a literal is a second source of truth:
// the next change of the green would miss it.
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../../..')
const src = path.join(root, 'src')
const stylesDir = path.join(src, 'styles')

function files(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) files(p, ext, out)
    else if (ext.test(e.name)) out.push(p)
  }
  return out
}

const outsideTokens = (p: string) => !p.startsWith(stylesDir + path.sep)
const rel = (p: string) => path.relative(root, p)
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

/** Every `file:line  text` where the pattern matches, comments left out. */
function findings(list: string[], pattern: RegExp): string[] {
  const out: string[] = []
  for (const file of list) {
    withoutComments(fs.readFileSync(file, 'utf8'))
      .split('\n')
      .forEach((line, i) => {
        if (pattern.test(line)) out.push(`${rel(file)}:${i + 1}  ${line.trim()}`)
      })
  }
  return out
}

const stylesheets = files(src, /\.css$/).filter(outsideTokens)
const code = files(src, /\.tsx?$/).filter(outsideTokens)
const HEX = /#[0-9a-f]{3,8}\b/i

describe('design tokens', () => {
  it('the stylesheets name no colour by its hex value: they use var(--anju-…)', () => {
    expect(findings(stylesheets, HEX)).toEqual([])
  })

  it('the stylesheets spell no font size as a number: they use a step of the type scale', () => {
    expect(findings(stylesheets, /font-size\s*:\s*[\d.]+/)).toEqual([])
  })

  it('the stylesheets spell no corner radius as a number: they use a named radius', () => {
    expect(findings(stylesheets, /radius\s*:\s*[\d.]+(px|%)?\s*;/)).toEqual([])
  })

  it('screens, map, charts and canvas take their colours and type sizes from theme.ts', () => {
    expect(findings(code, /['"`]#[0-9a-f]{3,8}['"`]|="#[0-9a-f]{3,8}"/i)).toEqual([])
    expect(findings(code, /fontSize\s*[:=]\s*\{?\s*\d/)).toEqual([])
  })

  it('theme.ts carries the same colours as tokens.css, name for name', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { palette } = require(path.join(stylesDir, 'theme')) as { palette: Record<string, string> }
    const tokens = fs.readFileSync(path.join(stylesDir, 'tokens.css'), 'utf8')
    const declared = new Map([...tokens.matchAll(/--anju-([a-z0-9-]+)\s*:\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()), m[2]!.toLowerCase()]))
    const mismatched = Object.entries(palette).filter(([name, hex]) => declared.get(name) !== hex.toLowerCase())
    expect(mismatched).toEqual([])
  })

  it('every stylesheet of the kit is loaded: by its component or, for the kit, once by app.css', () => {
    const appCss = fs.readFileSync(path.join(src, 'app.css'), 'utf8')
    const kitCode = files(path.join(src, 'components'), /\.tsx?$/).map((f) => fs.readFileSync(f, 'utf8')).join('\n')
    const orphans = files(path.join(src, 'components'), /\.css$/)
      .map((f) => path.basename(f))
      .filter((name) => !kitCode.includes(`/${name}'`) && !appCss.includes(`'./components/${name}'`))
    expect(orphans).toEqual([])
  })

  it('every token a stylesheet or component uses is declared in tokens.css', () => {
    // An undeclared var() silently draws nothing: the rule looks written but shows no colour.
    const tokens = fs.readFileSync(path.join(stylesDir, 'tokens.css'), 'utf8')
    const declared = new Set([...tokens.matchAll(/(--anju-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!))
    const used = files(src, /\.(css|tsx?)$/).flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/var\((--anju-[a-z0-9-]+)/g)].map((m) => `${rel(f)} ${m[1]!}`))
    expect(used.filter((u) => !declared.has(u.split(' ')[1]!))).toEqual([])
  })

  it("disabled buttons take the theme's pale blue, not NutUI's own pink", () => {
    const tokens = fs.readFileSync(path.join(stylesDir, 'tokens.css'), 'utf8')
    // NutUI draws a disabled primary button from these; unset, they fall back to #ffadbe.
    for (const name of ['--nutui-color-primary-disabled-special', '--nutui-color-primary-specialdisabled', '--nutui-button-primary-disabled']) {
      expect(new RegExp(`${name}:\\s*var\\(--anju-primary-disabled\\);`).test(tokens)).toBe(true)
    }
  })
})
