import { classifyOdsCode } from './classifyOdsCode'

describe('telling the kind of organisation from its ODS code', () => {
  it.each([
    ['P87657', 'gp_practice'],
    ['Y01010', 'other'],
    ['FL479', 'community_pharmacy'],
    ['FCX29', 'community_pharmacy'],
    ['601201A', 'community_pharmacy'],
    ['RVJ', 'nhs_trust'],
    ['R1H', 'nhs_trust'],
    ['RVJ01', 'nhs_trust'],
    ['TAD', 'nhs_trust'],
    ['NR3', 'independent_provider'],
    ['07N', 'commissioner'],
    ['U12345', 'primary_care_network'],
    ['V012345', 'dental'],
    ['GUE996', 'other'],
    ['Z1010', 'other'],
  ])('%s is a %s', (code, type) => {
    expect(classifyOdsCode(code)).toBe(type)
  })
})
