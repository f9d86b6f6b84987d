import { DEFAULT_RISK_WEIGHTS, distanceMetres, formSuggestion, riskScore, suggestJudgment, type RiskFacts } from '../../domain'

describe('the judgment a patrol checklist suggests', () => {
  it('is 安全 when every part is normal or absent', () => {
    expect(suggestJudgment({ site: 'ok', walls: 'ok', roof: 'na' })).toBe('safe')
  })
  it('is 存在隐患 when some part has a minor problem', () => {
    expect(suggestJudgment({ site: 'ok', walls: 'minor' })).toBe('hazard')
  })
  it('is 疑似危房 when any part has a serious problem', () => {
    expect(suggestJudgment({ walls: 'minor', foundation: 'serious' })).toBe('suspectedDanger')
  })
})

describe('the suggestion the patrol form shows while it is filled in', () => {
  it('is nothing before any part is checked', () => {
    expect(formSuggestion({})).toBeNull()
  })

  it('is not 安全 while parts are still unchecked', () => {
    expect(formSuggestion({ site: 'ok', walls: 'ok' })).toBeNull()
  })

  it('names a problem as soon as one is ticked', () => {
    expect(formSuggestion({ walls: 'minor' })).toBe('hazard')
    expect(formSuggestion({ roof: 'serious' })).toBe('suspectedDanger')
  })

  it('is 安全 once every part is checked and none has a problem', () => {
    expect(formSuggestion({ site: 'ok', foundation: 'ok', walls: 'ok', columnsBeams: 'na', roof: 'ok', enclosure: 'ok' })).toBe('safe')
  })
})

describe('risk priority of a house', () => {
  const base: RiskFacts = { grade: 'A', openCase: false, yearBuilt: 2010, currentYear: 2026, renovatedBefore: false, siteHazard: false, lastJudgment: 'safe', occupied: true }

  it('is nothing for a new, safe house', () => {
    expect(riskScore(base)).toBe(0)
  })
  it('puts a D house above a C house above a B house', () => {
    const d = riskScore({ ...base, grade: 'D' })
    const c = riskScore({ ...base, grade: 'C' })
    const b = riskScore({ ...base, grade: 'B' })
    expect(d).toBeGreaterThan(c)
    expect(c).toBeGreaterThan(b)
  })
  it('counts an open case, age over 30 years, earlier renovation, site hazard and the last finding', () => {
    const w = DEFAULT_RISK_WEIGHTS
    expect(riskScore({ ...base, openCase: true, occupied: false })).toBe(w.openCase)
    expect(riskScore({ ...base, yearBuilt: 1990, occupied: false })).toBe(w.olderThan30Years)
    expect(riskScore({ ...base, renovatedBefore: true, occupied: false })).toBe(w.renovatedBefore)
    expect(riskScore({ ...base, siteHazard: true, occupied: false })).toBe(w.siteHazard)
    expect(riskScore({ ...base, lastJudgment: 'suspectedDanger', occupied: false })).toBe(w.lastFindingSuspected)
  })
  it('ranks a dangerous house with people inside above the same house empty', () => {
    expect(riskScore({ ...base, grade: 'C', occupied: true })).toBeGreaterThan(riskScore({ ...base, grade: 'C', occupied: false }))
  })
  it('follows configured weights', () => {
    expect(riskScore({ ...base, grade: 'B', occupied: false }, { ...DEFAULT_RISK_WEIGHTS, gradeB: 7 })).toBe(7)
  })
})

describe('distance between a patrol and its house', () => {
  it('is about 111 km per degree of latitude', () => {
    expect(Math.round(distanceMetres({ lat: 29, lng: 106 }, { lat: 30, lng: 106 }) / 1000)).toBe(111)
  })
  it('is zero at the same place', () => {
    expect(distanceMetres({ lat: 29.84, lng: 106.05 }, { lat: 29.84, lng: 106.05 })).toBe(0)
  })
})
