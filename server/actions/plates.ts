// House plates: a village's printable PDF sheets, each plate with a mini-program code.
import { handlers } from '../core/handler'
import { plateSheet } from '../services/plates'
import { audit } from '../services/audit'

export const platesHandlers = handlers({
  'plates.sheet': async (ctx, input) => {
    ctx.requireVillage(input.villageId)
    const sheet = await plateSheet(ctx.deps, input.villageId, ctx.user._id, input.from)
    await audit(ctx.deps, ctx.user._id, 'plates.sheet', input.villageId, { plates: sheet.plates })
    return { ...sheet, url: await ctx.deps.files.tempUrl(sheet.fileId, 3600) }
  },
})
