// Going back to a page already open instead of stacking a new copy: WeChat keeps at most
// ten pages, and a patrol round of "继续巡查下一户" would otherwise fill the stack until
// every later navigateTo silently fails.
import Taro from '@tarojs/taro'

const routeOf = (url: string) => url.split('?')[0]!.replace(/^\//, '')

/** Back to `url` when it is below in the stack, else replace the current page with it. */
export function backTo(url: string): void {
  const pages = Taro.getCurrentPages()
  const target = routeOf(url)
  for (let i = pages.length - 2; i >= 0; i--) {
    if (routeOf(`/${pages[i]!.route ?? ''}`) === target) {
      void Taro.navigateBack({ delta: pages.length - 1 - i })
      return
    }
  }
  void Taro.redirectTo({ url })
}
