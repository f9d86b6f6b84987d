// Input fields several capabilities' contracts share.
import { z } from 'zod'

/** A calendar month, YYYY-MM. */
export const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)

/** A moment with its offset, as the phone sends it (2026-11-28T09:30:00+08:00). */
export const isoTime = () => z.iso.datetime({ offset: true })
