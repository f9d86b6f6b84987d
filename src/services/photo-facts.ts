// Only the facts of a photo (when, where, album or camera, the original's hash), as an
// action's photo input and the outbox take them. Free of Taro, so the queue's tests load it.
import type { PhotoFacts } from './photo-stamp'

export const photoFacts = (p: PhotoFacts): PhotoFacts => ({ takenAt: p.takenAt, lat: p.lat, lng: p.lng, album: p.album, originalSha256: p.originalSha256 })
