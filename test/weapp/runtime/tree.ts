// The rendered tree as WeChat holds it: Taro's page data (`root.cn`, each node with its
// `sid`, number `nn`, text `v` and props), updated by setData paths such as
// `root.cn.[0].cn.[2].v`. Tests find nodes by their text the way a person finds a button.

export interface TaroNode {
  sid?: string
  nn?: string
  v?: string
  cn?: TaroNode[]
  [prop: string]: unknown
}

function tokens(key: string): string[] {
  return key.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean)
}

/** Applies one setData entry; WeChat creates missing objects and arrays on the way. */
export function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const ts = tokens(key)
  let cur: Record<string, unknown> = target
  ts.forEach((t, i) => {
    if (i === ts.length - 1) {
      cur[t] = value
      return
    }
    if (cur[t] === null || typeof cur[t] !== 'object') cur[t] = /^\d+$/.test(ts[i + 1]!) ? [] : {}
    cur = cur[t] as Record<string, unknown>
  })
}


/** The text a person sees inside a node, its descendants' text in order. */
export function textOf(node: TaroNode): string {
  if (typeof node.v === 'string' && node.v) return node.v
  return (node.cn ?? []).map(textOf).join('')
}

export interface Located {
  node: TaroNode
  /** From the root's first child down to the node itself. */
  path: TaroNode[]
}

export function walk(root: TaroNode, visit: (l: Located) => void, path: TaroNode[] = []): void {
  for (const child of root.cn ?? []) {
    if (!child) continue
    const here = [...path, child]
    visit({ node: child, path: here })
    walk(child, visit, here)
  }
}

/** The innermost nodes (with an sid, i.e. elements) whose text contains `text`. */
export function findByText(root: TaroNode, text: string | RegExp): Located[] {
  const hits: Located[] = []
  walk(root, (l) => {
    if (!l.node.sid) return
    const t = textOf(l.node)
    if (typeof text === 'string' ? t.includes(text) : text.test(t)) hits.push(l)
  })
  // Keep the innermost: drop a hit when one of its descendants is also a hit.
  return hits.filter((h) => !hits.some((o) => o !== h && o.path.includes(h.node)))
}

export function findAll(root: TaroNode, pred: (n: TaroNode) => boolean): Located[] {
  const out: Located[] = []
  walk(root, (l) => {
    if (pred(l.node)) out.push(l)
  })
  return out
}
