// Places points (houses, or the villages of a street) on a flat picture (h5 has no map
// tiles): longitude is narrowed by cos(latitude) so distances look right, and the points'
// own bounds, with a margin, fill the width.
import type { MapHouse } from '@domain'

export interface LatLng {
  lat: number
  lng: number
}

export interface PlacedPoint<T> {
  item: T
  x: number
  y: number
}

export interface Placed {
  house: MapHouse
  x: number
  y: number
}

export interface Projection<P = Placed> {
  width: number
  height: number
  placed: P[]
}

/** About 100 m: a village with one house still gets a sensible frame. */
const MIN_SPAN_DEG = 0.001

export function placePoints<T extends LatLng>(items: T[], width: number, margin: number): Projection<PlacedPoint<T>> {
  if (items.length === 0) return { width, height: width * 0.6, placed: [] }
  const lats = items.map((h) => h.lat)
  const lngs = items.map((h) => h.lng)
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)]
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)
  const extentX = (maxLng - minLng) * k
  const extentY = maxLat - minLat
  const spanX = Math.max(extentX, MIN_SPAN_DEG)
  const spanY = Math.max(extentY, MIN_SPAN_DEG)
  const height = Math.min(Math.max((width * spanY) / spanX, width * 0.6), width * 1.3)
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
  // Centre the cloud of points in the frame.
  const offX = (width - extentX * scale) / 2
  const offY = (height - extentY * scale) / 2
  const placed = items.map((item) => ({ item, x: offX + (item.lng - minLng) * k * scale, y: offY + (maxLat - item.lat) * scale }))
  return { width, height, placed }
}

export function project(houses: MapHouse[], width: number, margin: number): Projection {
  const { placed, ...frame } = placePoints(houses, width, margin)
  return { ...frame, placed: placed.map(({ item, x, y }) => ({ house: item, x, y })) }
}
