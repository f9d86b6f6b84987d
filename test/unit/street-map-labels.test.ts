// 全街道一张图 on h5: every village's name is readable, none covering another name or a
// village's circle, with 巴川's twelve villages where they stand.
import { BACHUAN_VILLAGES } from '../../server/seed/demo-orgs'
import { placePoints } from '../../src/features/map/project'
import { placeLabels, type Box } from '../../src/features/map/labels'

const RADIUS = 22
const FONT = 18

function nameBox(spot: { x: number; y: number; anchor: string }, name: string): Box {
  const w = name.length * FONT
  const x = spot.anchor === 'middle' ? spot.x - w / 2 : spot.anchor === 'start' ? spot.x : spot.x - w
  return { x, y: spot.y - FONT, w, h: FONT }
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

it("no village's name covers another name or a circle on 巴川's map", () => {
  const { width, height, placed } = placePoints(BACHUAN_VILLAGES, 360, 48)
  const spots = placeLabels(placed.map((p) => ({ x: p.x, y: p.y, name: p.item.name })), RADIUS, FONT, { width, height })
  const names = spots.map((s, i) => nameBox(s, placed[i]!.item.name))
  const circles = placed.map((p) => ({ x: p.x - RADIUS, y: p.y - RADIUS, w: 2 * RADIUS, h: 2 * RADIUS }))
  const clashes: string[] = []
  names.forEach((n, i) => {
    names.forEach((m, j) => j > i && overlap(n, m) && clashes.push(`${placed[i]!.item.name} / ${placed[j]!.item.name}`))
    circles.forEach((c, j) => overlap(n, c) && clashes.push(`${placed[i]!.item.name} on ${placed[j]!.item.name}'s circle`))
    if (n.x < 0 || n.x + n.w > width || n.y < 0 || n.y + n.h > height) clashes.push(`${placed[i]!.item.name} outside the map`)
  })
  expect(clashes).toEqual([])
})

it('a name goes under its circle when nothing is there', () => {
  const [spot] = placeLabels([{ x: 100, y: 100, name: '玉龙村' }], RADIUS, FONT, { width: 360, height: 300 })
  expect(spot).toMatchObject({ x: 100, anchor: 'middle' })
  expect(spot!.y).toBeGreaterThan(100 + RADIUS)
})
