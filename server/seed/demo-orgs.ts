// The demo organisation: 铜梁区 with 巴川街道 (12 villages and 涉农社区) and a second
// street, so that street-level scoping is visible. Village names are illustrative, not
// an official list.

export interface SeedOrg {
  id: string
  name: string
  code: string
  lat: number
  lng: number
}

export const DISTRICT = { id: 'd-tongliang', name: '铜梁区', code: '500151', lat: 29.8448, lng: 106.0563 }

export const BACHUAN = { id: 's-bachuan', name: '巴川街道', code: '500151001', lat: 29.8402, lng: 106.0542 }

export const BACHUAN_VILLAGES: SeedOrg[] = [
  { id: 'v-yulong', name: '玉龙村', code: '500151001201', lat: 29.861, lng: 106.031 },
  { id: 'v-shizi', name: '狮子村', code: '500151001202', lat: 29.874, lng: 106.062 },
  { id: 'v-jinlong', name: '金龙村', code: '500151001203', lat: 29.822, lng: 106.021 },
  { id: 'v-huaiyuan', name: '淮远村', code: '500151001204', lat: 29.812, lng: 106.071 },
  { id: 'v-damiao', name: '大庙村', code: '500151001205', lat: 29.853, lng: 106.092 },
  { id: 'v-baima', name: '白马村', code: '500151001206', lat: 29.881, lng: 106.041 },
  { id: 'v-longquan', name: '龙泉村', code: '500151001207', lat: 29.833, lng: 106.005 },
  { id: 'v-bajiao', name: '八角村', code: '500151001208', lat: 29.801, lng: 106.046 },
  { id: 'v-yonghong', name: '永红村', code: '500151001209', lat: 29.867, lng: 106.011 },
  { id: 'v-liangshui', name: '凉水社区', code: '500151001101', lat: 29.846, lng: 106.067 },
  { id: 'v-shuanglong', name: '双龙社区', code: '500151001102', lat: 29.828, lng: 106.058 },
  { id: 'v-shihe', name: '石河社区', code: '500151001103', lat: 29.819, lng: 106.038 },
]

export const DONGCHENG = { id: 's-dongcheng', name: '东城街道', code: '500151002', lat: 29.849, lng: 106.072 }

export const DONGCHENG_VILLAGES: SeedOrg[] = [
  { id: 'v-qingshan', name: '青山村', code: '500151002201', lat: 29.857, lng: 106.101 },
  { id: 'v-xiaolin', name: '小林村', code: '500151002202', lat: 29.842, lng: 106.112 },
]
