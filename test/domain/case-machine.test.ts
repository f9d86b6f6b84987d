import { CASE_ACTIONS, CASE_STAGES, ROLES, TRANSITIONS, availableActions, checkTransition } from '../../domain'

describe('the hazard case state machine', () => {
  const allowedPairs = CASE_ACTIONS.flatMap((a) => TRANSITIONS[a].from.map((s) => `${a}@${s}`))

  it.each(CASE_ACTIONS.flatMap((a) => CASE_STAGES.filter((s) => !TRANSITIONS[a].from.includes(s)).map((s) => [a, s] as const)))(
    '%s from %s is an illegal transition',
    (action, stage) => {
      expect(checkTransition(action, stage, ROLES, { grade: 'C', route: 'other' })?.code).toBe('ILLEGAL')
    },
  )

  it.each(CASE_ACTIONS.flatMap((a) => ROLES.filter((r) => !TRANSITIONS[a].roles.includes(r)).map((r) => [a, r] as const)))(
    '%s by a %s alone is refused',
    (action, role) => {
      const stage = TRANSITIONS[action].from[0]!
      expect(checkTransition(action, stage, [role], { grade: 'C', route: stage === 'accepted' ? 'renovated' : 'other' })?.code).toBe('ROLE')
    },
  )

  it('has a legal path from report to close-out through every working stage', () => {
    const path = ['verify', 'reportToStreet', 'assignAppraisal', 'startAppraisal', 'submitAppraisal', 'startEmergency', 'planRenovation', 'startRenovation', 'acceptRenovation', 'closeOut'] as const
    let stage: (typeof CASE_STAGES)[number] = 'reported'
    for (const a of path) {
      expect(checkTransition(a, stage, ROLES, { grade: 'D', route: 'renovated', supervisionVisits: 1 })).toBeNull()
      stage = TRANSITIONS[a].to
    }
    expect(stage).toBe('closed')
    expect(allowedPairs.length).toBeGreaterThan(path.length)
  })

  it('an A or B house is closed with advice, never sent to emergency measures', () => {
    expect(checkTransition('closeSafe', 'appraised', ['staff'], { grade: 'B' })).toBeNull()
    expect(checkTransition('startEmergency', 'appraised', ['staff'], { grade: 'A' })?.code).toBe('ILLEGAL')
  })

  it('a C or D house cannot be closed as safe', () => {
    expect(checkTransition('closeSafe', 'appraised', ['staff'], { grade: 'D' })?.code).toBe('ILLEGAL')
  })

  it('a renovated house closes as 改造完成; an unrenovated one only by another route', () => {
    expect(checkTransition('closeOut', 'accepted', ['staff'], { grade: 'D', route: 'geoRelocation' })?.code).toBe('ILLEGAL')
    expect(checkTransition('closeOut', 'emergency', ['staff'], { grade: 'D', route: 'renovated' })?.code).toBe('ILLEGAL')
    expect(checkTransition('closeOut', 'emergency', ['staff'], { grade: 'D', route: 'rentOrRelatives' })).toBeNull()
  })

  it('works nobody of the street supervised cannot be accepted (技术指导与监督)', () => {
    const refused = checkTransition('acceptRenovation', 'renovating', ['staff'], { grade: 'D', supervisionVisits: 0 })
    expect(refused).toEqual({ code: 'ILLEGAL', message: expect.stringContaining('技术指导与监督') })
    expect(checkTransition('acceptRenovation', 'renovating', ['staff'], { grade: 'D' })?.message).toContain('技术指导与监督')
    expect(checkTransition('acceptRenovation', 'renovating', ['staff'], { grade: 'D', supervisionVisits: 1 })).toBeNull()
    // The button stays on offer: the refusal tells what is missing.
    expect(availableActions('renovating', ['staff'], 'D')).toContain('acceptRenovation')
  })

  it('offers each role only the actions it may take now', () => {
    expect(availableActions('reported', ['inspector'], null).sort()).toEqual(['dismiss', 'reportToStreet', 'verify'])
    expect(availableActions('appraised', ['staff'], 'D').sort()).toEqual(['startEmergency'])
    expect(availableActions('appraised', ['staff'], 'B')).toEqual(['closeSafe'])
    expect(availableActions('closed', ROLES, 'D')).toEqual([])
  })
})
