// Plain-word formatting shared by the patrol screens.

/** The address with its village, without saying the village twice ("玉龙村5组…" already has it). */
export function placeText(villageName: string, address: string): string {
  if (!villageName || address.startsWith(villageName)) return address
  return `${villageName} ${address}`
}
