import { drawSample, sampleSize, type SampleCandidate } from '../../domain'

const houses: SampleCandidate[] = Array.from({ length: 60 }, (_, i) => ({ houseId: `ho-${String(i).padStart(3, '0')}`, risk: i < 6 ? 100 : i < 24 ? 40 : 0 }))

describe('the street random sample', () => {
  it('drawn again with the recorded seed gives the same houses', () => {
    expect(drawSample(houses, 10, '2026-11-巴川-1')).toEqual(drawSample([...houses].reverse(), 10, '2026-11-巴川-1'))
  })
  it('differs with another seed', () => {
    expect(drawSample(houses, 10, 'a')).not.toEqual(drawSample(houses, 10, 'b'))
  })
  it('takes each risk stratum in proportion to its size', () => {
    const picked = new Set(drawSample(houses, 10, 'seed'))
    const high = houses.filter((h) => h.risk >= 70 && picked.has(h.houseId)).length
    const medium = houses.filter((h) => h.risk >= 20 && h.risk < 70 && picked.has(h.houseId)).length
    expect([high, medium, picked.size - high - medium]).toEqual([1, 3, 6])
  })
  it('always includes a high-risk house when there is one, even in a tiny sample', () => {
    const picked = drawSample(houses, 1, 'x')
    expect(houses.find((h) => h.houseId === picked[0])!.risk).toBe(100)
  })
  it('never draws the same house twice and never more than there are', () => {
    const picked = drawSample(houses, 100, 'x')
    expect(new Set(picked).size).toBe(60)
  })
  it('sizes a sample by count or by share of the village', () => {
    expect(sampleSize(60, 'count', 5)).toBe(5)
    expect(sampleSize(60, 'share', 10)).toBe(6)
    expect(sampleSize(3, 'count', 5)).toBe(3)
  })
})
