// Links to a house's registry photos for the house page; a photo that is gone shows as missing.
import type { PhotoView } from '../../../domain'
import type { Deps } from '../../core/deps'
import type { HouseDoc } from '../../store/docs'
import { photoLink } from '../files/photo-links'

export const housePhotos = (deps: Deps, house: HouseDoc): Promise<PhotoView[]> =>
  Promise.all((house.photos ?? []).map(async (ph) => ({ ...(await photoLink(deps, ph.fileId)), takenAt: ph.takenAt, sha256: ph.sha256, reused: ph.reused, album: ph.album ?? false })))
