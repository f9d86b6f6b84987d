// Names, ID numbers and phones for generated households. ID numbers are valid under
// GB 11643 (check digit) but use birth dates and sequence numbers drawn at random.
import { idCheckDigit } from '../../domain'
import type { Rng } from './random'

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN = '德明华建国军平志强秀英玉兰桂芳文永海春林云福贵昌友发成光全天世正中家清兴祥顺富绍宗远学生贤敏丽红梅淑珍琼芬凤翠'

export function personName(rng: Rng): string {
  const surname = rng.pick(Array.from(SURNAMES))
  const given = Array.from({ length: rng.chance(0.8) ? 2 : 1 }, () => rng.pick(Array.from(GIVEN))).join('')
  return surname + given
}

export function idNumber(rng: Rng, regionCode = '500224'): string {
  const year = rng.int(1935, 1990)
  const month = String(rng.int(1, 12)).padStart(2, '0')
  const day = String(rng.int(1, 28)).padStart(2, '0')
  const seq = String(rng.int(0, 999)).padStart(3, '0')
  const first17 = `${regionCode}${year}${month}${day}${seq}`
  return first17 + idCheckDigit(first17)
}

export function phoneNumber(rng: Rng): string {
  return rng.pick(['138', '139', '151', '157', '177', '187', '199']) + String(rng.int(0, 99999999)).padStart(8, '0')
}
