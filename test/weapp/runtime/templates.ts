// What each compiled node is: Taro names nodes by number (`nn`) and base.wxml has one
// template per number, whose first tag is the WeChat component and whose `bind…="eh"`
// attributes are the events WeChat would deliver to Taro's handler for it.
import fs from 'node:fs'
import path from 'node:path'

export interface NodeKind {
  tag: string
  /** Event types bound to `eh` (tap, input, change, …), bubbling or catching. */
  events: Set<string>
  /** WeChat attribute name → the compressed data key Taro fills (e.g. image src → p4). */
  attrs: Map<string, string>
}

export function readNodeKinds(distDir: string): Map<string, NodeKind> {
  const wxml = fs.readFileSync(path.join(distDir, 'base.wxml'), 'utf8')
  const kinds = new Map<string, NodeKind>()
  // Inputs have a `_focus` and a `_blur` variant; both bind the same events.
  const re = /<template name="tmpl_0_([A-Za-z0-9]+?)(?:_focus)?">\s*<([a-z-]+)([^>]*)>/g
  for (let m = re.exec(wxml); m; m = re.exec(wxml)) {
    if (m[2] === 'template') continue
    const events = new Set<string>()
    for (const b of m[3]!.matchAll(/(?:bind|catch)([a-z]+)="eh"/g)) events.add(b[1]!)
    const attrs = new Map<string, string>()
    for (const a of m[3]!.matchAll(/([A-Za-z0-9-]+)="\{\{(?:xs\.b\()?i\.([a-z0-9]+)/g)) attrs.set(a[1]!, a[2]!)
    kinds.set(m[1]!, { tag: m[2]!, events, attrs })
  }
  return kinds
}
