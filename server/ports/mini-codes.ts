// Images that open a mini-program page when scanned: invitation codes and house plates.
// In WeChat this is a 小程序码 (wxacode.getUnlimited) whose scene reaches the page; locally
// an ordinary QR code of the h5 address with the same query.
export interface MiniCodes {
  /** PNG bytes. scene: at most 32 visible characters, e.g. "invite=ABCD2345". */
  image(page: string, scene: string): Promise<Buffer>
}
