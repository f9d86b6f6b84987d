// What the in-app scanner hands houseFromScan: the home screen joins WeChat's `path` (set
// for a 小程序码 of this app) and `result` (the text of any code) with a space.
import { houseFromScan } from '../../src/services/scene'

const scanned = (path: string, result: string) => houseFromScan(`${path} ${result}`)

describe('the house in a scanned plate', () => {
  test('a 小程序码 plate, whose scene arrives URL-encoded in the path and no text in result', () => {
    expect(scanned('inspector/pages/house/index?scene=h%3Dhs-yulong-0001', '')).toBe('hs-yulong-0001')
  })

  test('a 小程序码 plate when WeChat also puts something in result', () => {
    expect(scanned('inspector/pages/house/index?scene=h%3Dhs-yulong-0001', 'wxacode-raw')).toBe('hs-yulong-0001')
  })

  test('a 小程序码 plate whose scene is encoded twice over', () => {
    expect(scanned(`inspector/pages/house/index?scene=${encodeURIComponent(encodeURIComponent('h=hs-1'))}`, '')).toBe('hs-1')
  })

  test('a plain QR plate of the local host', () => {
    expect(scanned('', 'http://127.0.0.1:8787/#/inspector/pages/house/index?h=hs-yulong-0002')).toBe('hs-yulong-0002')
  })

  test('a link that names the house by houseId', () => {
    expect(scanned('', 'https://x.example/#/inspector/pages/house/index?houseId=hs-3&plate=1')).toBe('hs-3')
  })

  test('a code that is not a house plate', () => {
    expect(scanned('', 'https://example.com/menu')).toBeNull()
    expect(scanned('pages/index/index', '')).toBeNull()
    expect(scanned('', '')).toBeNull()
  })
})
