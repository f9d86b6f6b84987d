// Build-time platform switch: Taro replaces process.env.TARO_ENV, so the branch that
// does not apply is dropped from each build.
export const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** The local host's address for the h5 build; empty means "same origin". */
export const API_BASE = process.env.TARO_APP_API_BASE ?? ''
