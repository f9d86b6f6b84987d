// Where the phone is, for the patrol record and the photo stamp. Never throws and never
// waits long: without a fix the record is still saved, with gps null.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'

export interface Fix {
  lat: number
  lng: number
  /** Metres, as the phone estimates it. */
  accuracy: number
}

const LIMIT_M = 100000

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([p, new Promise<null>((r) => setTimeout(() => r(null), ms))])
}

async function weappFix(): Promise<Fix | null> {
  // gcj02: the coordinate system of Chinese maps and of the houses' recorded positions.
  const res = await Taro.getLocation({ type: 'gcj02', isHighAccuracy: true, highAccuracyExpireTime: 5000 })
  return { lat: res.latitude, lng: res.longitude, accuracy: res.accuracy }
}

function h5Fix(timeoutMs: number): Promise<Fix | null> {
  return new Promise((resolve) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve(null)
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve({ lat: pos.coords.latitude, lng: pos.coords.longitude, accuracy: pos.coords.accuracy }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    )
  })
}

/** The current position, or null when it is denied, off or too slow. */
export async function locate(timeoutMs = 15000): Promise<Fix | null> {
  try {
    const fix = await withTimeout(IS_WEAPP ? weappFix() : h5Fix(timeoutMs), timeoutMs + 1000)
    if (!fix || !Number.isFinite(fix.lat) || !Number.isFinite(fix.lng)) return null
    return { lat: fix.lat, lng: fix.lng, accuracy: Math.min(LIMIT_M, Math.max(0, Math.round(fix.accuracy || 0))) }
  } catch {
    return null
  }
}

export function fixText(fix: Fix | null): string {
  return fix ? `${fix.lat.toFixed(5)}, ${fix.lng.toFixed(5)}` : '无定位'
}
