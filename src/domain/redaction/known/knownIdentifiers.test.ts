import { findIdentifiers, type KnownIdentifiers } from '..'

const found = (text: string, known: KnownIdentifiers) =>
  findIdentifiers(text, known).map(span => [span.type, text.slice(span.start, span.end)])

describe('known identifiers', () => {
  const joan: KnownIdentifiers = { patientNames: ['Joan Hughes'] }

  it.each([
    ['in order', 'Joan Hughes fell', 'Joan Hughes'],
    ['surname first', 'Hughes, Joan fell', 'Hughes, Joan'],
    ['in lower case', 'joan hughes fell', 'joan hughes'],
    ['in capitals', 'JOAN HUGHES fell', 'JOAN HUGHES'],
    ['with odd spacing', 'Joan   Hughes fell', 'Joan   Hughes'],
    ['by first name alone', 'told joan about it', 'joan'],
    ['by surname alone', 'told hughes about it', 'hughes'],
    ['by a short form', 'told Joanie about it', 'Joanie'],
    ['by initials with full stops', 'J.H. was seen', 'J.H.'],
    ['by initials', 'JH was seen', 'JH'],
    ['by an initial and surname', 'J. Hughes was seen', 'J. Hughes'],
  ])('finds a patient named %s', (_, text, name) => {
    expect(found(text, joan)).toEqual([['PERSON', name]])
  })

  it.each([
    ['Robert Smith', 'Bob came in', 'Bob'],
    ['Robert Smith', 'then Bob rang', 'Bob'],
    ['SMITH, Robert', 'Robbie came in', 'Robbie'],
    ['Robert Smith', 'Robbie came in', 'Robbie'],
    ['Elizabeth Jones', 'Liz came in', 'Liz'],
    ['Elizabeth Jones', 'Betty came in', 'Betty'],
    ['Margaret Jones', 'Peggy came in', 'Peggy'],
    ['William Jones', 'Bill came in', 'Bill'],
    ['Bill Jones', 'William came in', 'William'],
  ])('knows %s may be called %s', (name, text, written) => {
    expect(found(text, { staffNames: [name] })).toEqual([['PERSON', written]])
  })

  it('finds the recorder and staff by name', () => {
    expect(
      found('Seen by Oyelaran and Achterberg', { reporterName: 'Ade Oyelaran', staffNames: ['Rose Achterberg'] }),
    ).toEqual([
      ['PERSON', 'Oyelaran'],
      ['PERSON', 'Achterberg'],
    ])
  })

  it('finds a name that is an ordinary word only where it is written as a name', () => {
    const hope = { patientNames: ['Grace Hope'] }
    expect(found('Grace Hope fell; we hope she recovers', hope)).toEqual([['PERSON', 'Grace Hope']])
    expect(found('Grace came in. Mr Hope rang. Hope is all we have.', hope)).toEqual([
      ['PERSON', 'Grace'],
      ['PERSON', 'Hope'],
    ])
  })

  it('does not take ordinary words for a large staff list', () => {
    const staff = { staffNames: ['Mark Born', 'June Hill', 'May Long', ...Array.from({ length: 40 }, () => 'Kim Ngo')] }
    expect(found('Mark the chart. Baby born in June. May need review. Long delay on the hill.', staff)).toEqual([])
  })

  it.each([['3/4/41'], ['03.04.1941'], ['3rd April 1941'], ['April 3, 1941'], ['1941-04-03']])(
    'finds the date of birth written as %s',
    written => {
      expect(found(`seen; ${written} on her band`, { patientDateOfBirth: '1941-04-03' })).toEqual([
        ['DATE_OF_BIRTH', written],
      ])
    },
  )

  it.each([['943 476 5919'], ['943-476-5919'], ['9434765919'], ['94 34 76 59 19']])(
    'finds the NHS number written as %s',
    written => {
      expect(found(`number ${written} given`, { nhsNumbers: ['9434765919'] })).toEqual([['NHS_NUMBER', written]])
    },
  )

  it('finds a known NHS number even when it fails the check digit', () => {
    expect(found('number 123 456 7890 given', { nhsNumbers: ['1234567890'] })).toEqual([['NHS_NUMBER', '123 456 7890']])
  })

  it.each([
    ['hospital number', { hospitalNumbers: ['K1234567'] }, 'k 1234567', 'HOSPITAL_NUMBER'],
    ['postcode', { postcodes: ['BS1 4DJ'] }, 'bs14dj', 'POSTCODE'],
    ['phone number', { phoneNumbers: ['07700 900123'] }, '+44 7700 900 123', 'PHONE'],
    ['address', { addresses: ['12 Acacia Avenue, Bristol'] }, 'Acacia Avenue', 'ADDRESS'],
  ] as const)('finds the %s however it is written', (_, known, written, type) => {
    expect(found(`noted ${written} today`, known)).toEqual([[type, written]])
  })

  it('redacts words the author marked, everywhere, whole words only', () => {
    expect(found('Kestrel Lodge told Kestrel; kestrels flew', { markedWords: ['kestrel'] })).toEqual([
      ['MARKED', 'Kestrel'],
      ['MARKED', 'Kestrel'],
    ])
  })
})
