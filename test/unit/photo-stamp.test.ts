// The words stamped on every evidence photo (patrol, self-check, case, disaster report):
// Beijing time whatever the phone's zone, the position or 无定位, and who took it.
import { stampLines } from '../../src/services/photo-stamp'

// The stamp's drawing code needs Taro and a canvas; only its pure words are tested here.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

const at = new Date('2026-11-29T00:46:30Z')

it('stamps Beijing time, the fix with its accuracy, and who', () => {
  expect(stampLines(at, { who: '村巡查员 王某', fix: { lat: 29.7523456, lng: 106.0501234, accuracy: 12 } })).toEqual([
    '时间 2026-11-29 08:46',
    '位置 29.75235, 106.05012（±12米）',
    '村巡查员 王某 · 安居哨',
  ])
})

it('says 无定位 when the phone has no fix', () => {
  expect(stampLines(at, { who: '街道建管办 李某', fix: null })[1]).toBe('位置 无定位')
})

it('keeps time and place when who is not known yet', () => {
  expect(stampLines(at, { who: ' ', fix: null })).toEqual(['时间 2026-11-29 08:46', '位置 无定位', '安居哨'])
})
