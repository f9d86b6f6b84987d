// Reading a house plate: the 小程序码 on a house opens the house page with WeChat's
// `scene` (URL-encoded, at most 32 characters), which carries "h=<houseId>". The in-app
// scanner gives the same as a path or, for a plain QR code, as a URL.

const HOUSE_IN_SCENE = /(?:^|[?&#])h=([A-Za-z0-9_-]{1,64})(?:&|$)/
const HOUSE_PARAM = /(?:^|[?&#])houseId=([A-Za-z0-9_-]{1,64})(?:&|$)/

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

/** The house a page was opened for, and whether it came from scanning a plate. */
export function houseFromParams(params: Record<string, string | undefined>): { houseId: string | null; fromPlate: boolean } {
  if (params.scene) {
    const id = HOUSE_IN_SCENE.exec(decode(params.scene))?.[1] ?? null
    return { houseId: id, fromPlate: id !== null }
  }
  return { houseId: params.houseId ?? null, fromPlate: params.plate === '1' }
}

function houseInCode(code: string): string | null {
  const once = decode(code)
  const scene = /scene=([^&#]+)/.exec(once)?.[1]
  const inScene = scene ? HOUSE_IN_SCENE.exec(decode(scene))?.[1] : undefined
  return inScene ?? HOUSE_IN_SCENE.exec(once)?.[1] ?? HOUSE_PARAM.exec(once)?.[1] ?? null
}

/**
 * The house in whatever the scanner returned (a page path with scene, or a URL). The
 * caller may pass the scanner's path and result joined by a space: each is read on its
 * own, since a space left at the end of a scene would hide the house id.
 */
export function houseFromScan(text: string): string | null {
  for (const code of text.split(/\s+/)) {
    const id = code ? houseInCode(code) : null
    if (id) return id
  }
  return null
}
