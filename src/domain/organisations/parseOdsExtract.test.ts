import { parseOdsExtract } from './parseOdsExtract'

// The standard ODS layout: code, name, national grouping, high level health geography, address 1-5,
// postcode, open date, close date, status code, … (invented organisations, real ICB and region codes).
const extract = [
  'DMZ001,"NORTHMOOR SURGERY, EAST WING",Y62,QE1,1 HIGH STREET,,NORTHMOOR,,,NM1 1AA,19740401,,A,B,00Q',
  'DMZ002,OLD MILL PRACTICE,Y62,QE1,MILL LANE,,NORTHMOOR,,,NM1 2BB,19740401,20200331,C,B,00Q',
  'DMZ003,DORMANT PRACTICE,Y58,QUY,HILL ROAD,,WESTCOMBE,,,WC1 3CC,19900101,,D,B,15C',
  'DMZ004,NO GEOGRAPHY,,,,,,,,,20010101,,A',
  'not a code!,BROKEN ROW',
  'DMZ005,',
].join('\n')

describe('reading an ODS extract in the standard layout', () => {
  const parsed = parseOdsExtract(extract, 'gp_practice')

  it('reads codes, names (with commas), region and ICB', () => {
    expect(parsed.organisations[0]).toEqual({
      odsCode: 'DMZ001',
      name: 'NORTHMOOR SURGERY, EAST WING',
      type: 'gp_practice',
      regionCode: 'Y62',
      icbCode: 'QE1',
      isOpen: true,
    })
  })

  it('marks organisations with a close date, or closed or dormant status, as closed', () => {
    expect(parsed.organisations.map(o => [o.odsCode, o.isOpen])).toEqual([
      ['DMZ001', true],
      ['DMZ002', false],
      ['DMZ003', false],
      ['DMZ004', true],
    ])
  })

  it('leaves region and ICB empty when the extract gives none', () => {
    expect(parsed.organisations[3]).toMatchObject({ regionCode: null, icbCode: null })
  })

  it('skips unreadable rows and says which lines they were', () => {
    expect(parsed.rejected).toEqual([
      { line: 5, reason: '"NOT A CODE!" is not an ODS code' },
      { line: 6, reason: 'the name is missing or too long' },
    ])
  })

  it('works out each type from its code when the file does not say', () => {
    const mixed = parseOdsExtract('RVJ,NORTH BRISTOL NHS TRUST,Y58,QUY\nFL479,A PHARMACY,Y58,QUY')
    expect(mixed.organisations.map(o => o.type)).toEqual(['nhs_trust', 'community_pharmacy'])
  })
})
