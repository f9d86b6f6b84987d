// A village's house plates (门牌) as PDF sheets, made in chunks.
import { call } from './api'

/** One sheet of a village's house plates (PDF), from the plate `from` on; `next` says where the following sheet starts. */
export const plateSheet = (villageId: string, from?: number) => call('plates.sheet', from === undefined ? { villageId } : { villageId, from })
