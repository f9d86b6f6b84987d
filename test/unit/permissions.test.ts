// A refused camera, position or privacy agreement is told to the person; a cancel is not.
import { classifyWxFailure } from '../../src/services/permissions'

jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

it.each([
  ['chooseMedia:fail cancel', 'cancel'],
  ['chooseMedia:fail auth deny', 'denied'],
  ['chooseMedia:fail auth denied', 'denied'],
  ['getLocation:fail auth deny', 'denied'],
  ['getLocation:fail:system permission denied', 'denied'],
  ['getLocation:fail authorize no response', 'denied'],
  ['chooseMedia:fail privacy permission is not authorized', 'privacy'],
  ['getLocation:fail api scope is not declared in the privacy agreement', 'privacy'],
  ['getLocation:fail timeout', 'other'],
])('WeChat\'s "%s" is a %s', (errMsg, expected) => {
  expect(classifyWxFailure({ errMsg })).toBe(expected)
})

it('a thrown Error is read by its message, and nothing at all is "other"', () => {
  expect(classifyWxFailure(new Error('chooseMedia:fail cancel'))).toBe('cancel')
  expect(classifyWxFailure(undefined)).toBe('other')
})
