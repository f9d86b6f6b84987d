// Where each village's name goes on the street map: under its circle if that space is
// free, else above, right, left or at a corner, so that no name covers another name or a
// circle. A name that finds no room is placed first on the next try (crowded villages
// choose before their roomy neighbours). Chinese characters are about one font size wide.

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export interface LabelSpot {
  /** The text's anchor point (on its baseline) and its alignment. */
  x: number
  y: number
  anchor: 'middle' | 'start' | 'end'
}

interface Circle {
  x: number
  y: number
  name: string
}

interface Frame {
  width: number
  height: number
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

function candidates(c: Circle, radius: number, font: number): Array<{ box: Box; spot: LabelSpot }> {
  const w = c.name.length * font + 4
  const h = font + 4
  const gap = 3
  const below = c.y + radius + gap
  const above = c.y - radius - gap - h
  const side = c.y - h / 2
  const near = radius / 2
  const at = (x: number, top: number, anchor: LabelSpot['anchor']) => {
    const left = anchor === 'middle' ? x - w / 2 : anchor === 'start' ? x : x - w
    return { box: { x: left, y: top, w, h }, spot: { x, y: top + font, anchor } }
  }
  return [
    at(c.x, below, 'middle'),
    at(c.x, above, 'middle'),
    at(c.x + radius + gap, side, 'start'),
    at(c.x - radius - gap, side, 'end'),
    at(c.x + near, below, 'start'),
    at(c.x - near, below, 'end'),
    at(c.x + near, above, 'start'),
    at(c.x - near, above, 'end'),
  ]
}

function attempt(circles: Circle[], order: number[], radius: number, font: number, frame: Frame): { spots: LabelSpot[]; failed: number[] } {
  const taken: Box[] = circles.map((c) => ({ x: c.x - radius, y: c.y - radius, w: 2 * radius, h: 2 * radius }))
  const inside = (b: Box) => b.x >= 0 && b.y >= 0 && b.x + b.w <= frame.width && b.y + b.h <= frame.height
  const spots: LabelSpot[] = new Array(circles.length)
  const failed: number[] = []
  for (const i of order) {
    const options = candidates(circles[i]!, radius, font)
    const free = options.find((k) => inside(k.box) && !taken.some((t) => overlaps(k.box, t)))
    if (!free) failed.push(i)
    const chosen = free ?? options[0]!
    taken.push(chosen.box)
    spots[i] = chosen.spot
  }
  return { spots, failed }
}

export function placeLabels(circles: Circle[], radius: number, font: number, frame: Frame): LabelSpot[] {
  let order = circles.map((_, i) => i)
  let last = attempt(circles, order, radius, font, frame)
  let best = last
  for (let tries = 0; tries < circles.length && best.failed.length > 0; tries++) {
    const failed = last.failed
    order = [...failed, ...order.filter((i) => !failed.includes(i))]
    last = attempt(circles, order, radius, font, frame)
    if (last.failed.length < best.failed.length) best = last
  }
  return best.spots
}
