// Where the phone is, for the patrol record and the photo stamp. Never throws and never
// waits long: without a fix the record is still saved, with gps null.
import Taro from '@tarojs/taro'
import { IS_WEAPP } from './platform'
import { classifyWxFailure, type Permission } from './permissions'

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

/** The browser's refusal, shaped like WeChat's so one classifier reads both. */
const PERMISSION_DENIED = 1

function h5Fix(timeoutMs: number): Promise<Fix | null> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) return resolve(null)
    navigator.geolocation.getCurrentPosition(
      (pos) => resolve({ lat: pos.coords.latitude, lng: pos.coords.longitude, accuracy: pos.coords.accuracy }),
      (err) => (err.code === PERMISSION_DENIED ? reject({ errMsg: 'getLocation:fail auth deny' }) : resolve(null)),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    )
  })
}

export interface Located {
  fix: Fix | null
  /** Set when the person (or WeChat) refused: the screen says how to allow it. */
  refused: Permission | null
}

/** The current position, or why there is none: refused, or off / too slow (refused null). */
export async function locateOrWhy(timeoutMs = 15000): Promise<Located> {
  try {
    const fix = await withTimeout(IS_WEAPP ? weappFix() : h5Fix(timeoutMs), timeoutMs + 1000)
    if (!fix || !Number.isFinite(fix.lat) || !Number.isFinite(fix.lng)) return { fix: null, refused: null }
    return { fix: { lat: fix.lat, lng: fix.lng, accuracy: Math.min(LIMIT_M, Math.max(0, Math.round(fix.accuracy || 0))) }, refused: null }
  } catch (err) {
    const failure = classifyWxFailure(err)
    return { fix: null, refused: failure === 'denied' ? 'location' : failure === 'privacy' ? 'privacy' : null }
  }
}

/** The current position, or null when it is denied, off or too slow. */
export async function locate(timeoutMs = 15000): Promise<Fix | null> {
  return (await locateOrWhy(timeoutMs)).fix
}

export function fixText(fix: Fix | null): string {
  return fix ? `${fix.lat.toFixed(5)}, ${fix.lng.toFixed(5)}` : '无定位'
}
