// 一张图 in WeChat: the village's houses as markers on the native <map>, their icons shipped
// in the package, the view fitted to all of them, and a marker tap opening the house card.
import fs from 'node:fs'
import path from 'node:path'
import { DIST } from './runtime/app-run'
import { Weapp } from './runtime/weapp'

let app: Weapp
afterEach(() => app?.close())

interface Marker {
  id: number
  latitude: number
  longitude: number
  iconPath: string
}

test('the street map shows one marker per village, and a village one marker per located house, with icons that exist in the package, and a tap opens its card', async () => {
  app = await Weapp.start({ user: 'u-staff-bachuan' })
  await app.launch()
  await app.onPage('street/pages/home/index')
  await app.tap('一张图')
  await app.onPage('street/pages/map/index')
  // The map opens on the whole street: one marker per village, a tap opens its houses.
  await app.see(/点圆圈看这个村的房屋/)
  const [street] = app.nodesOf('map')
  const villages = app.attr(street!.node, 'markers') as Marker[]
  const clusters = await app.env.call('u-staff-bachuan', 'map.villages', {})
  if (!clusters.ok) throw new Error(clusters.message)
  expect(villages).toHaveLength(clusters.data.villages.filter((v) => v.lat !== null).length)
  const yulong = clusters.data.villages.find((v) => v.villageId === 'v-yulong')!
  app.fire(street!, 'markertap', { markerId: villages.find((m) => m.latitude === yulong.lat && m.longitude === yulong.lng)!.id }, false)
  // The village's own view: its way back and its houses' markers (the street view also says "共 N 栋房屋").
  await app.see('返回全街道')
  await app.until(() => app.cloud.calls.find((c) => c.action === 'map.houses'), 'the village houses read')

  const [map] = app.nodesOf('map')
  expect(map).toBeDefined()
  const markers = app.attr(map!.node, 'markers') as Marker[]
  const villageId = app.cloud.calls.find((c) => c.action === 'map.houses')!.input as { villageId: string }
  const server = await app.env.call('u-staff-bachuan', 'map.houses', villageId)
  if (!server.ok) throw new Error(server.message)
  expect(markers).toHaveLength(server.data.houses.length)
  expect(markers.length).toBeGreaterThan(0)
  expect(new Set(markers.map((m) => `${m.latitude},${m.longitude}`))).toEqual(new Set(server.data.houses.map((h) => `${h.lat},${h.lng}`)))
  for (const m of markers) expect(fs.existsSync(path.join(DIST, m.iconPath.replace(/^\//, '')))).toBe(true)
  expect((app.attr(map!.node, 'include-points') as unknown[]).length).toBe(markers.length)

  // WeChat reports the tapped marker by its id.
  const tapped = markers[markers.length - 1]!
  app.fire(map!, 'markertap', { markerId: tapped.id }, false)
  const house = server.data.houses.find((h) => h.lat === tapped.latitude && h.lng === tapped.longitude)!
  await app.see(house.address)
})

test('when the native map fails to open, the page says to check the network', async () => {
  app = await Weapp.start({ user: 'u-staff-bachuan' })
  await app.launch('street/pages/map/index')
  const map = await app.until(() => app.nodesOf('map')[0], 'the map')
  app.fire(map, 'error', { errMsg: 'map:fail' }, false)
  await app.see('地图没有打开，请检查网络后重新进入')
})
