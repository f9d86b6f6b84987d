// Who a farmer can call: village inspectors and street staff may give their work phone
// (a mobile or a landline) on their own account; it is shown, whole, only to the farmers
// of their village, behind a "tap to call" button.
import { z } from 'zod'
import { contract } from './define'

export interface MyPhoneView {
  /** Masked (138****5678), or null when none is set. */
  phoneMasked: string | null
}

export const meContracts = {
  'me.phone': contract<MyPhoneView>()({
    input: z.strictObject({}),
    roles: ['inspector', 'staff', 'appraiser', 'leader'],
    writes: false,
    example: {},
  }),
  'me.setPhone': contract<MyPhoneView>()({
    /** Empty clears it. */
    input: z.strictObject({ phone: z.string().max(30) }),
    roles: ['inspector', 'staff', 'appraiser', 'leader'],
    writes: true,
    example: { phone: '023-45671234' },
  }),
}
