import { findIdentifiers, type IdentifierType } from '..'
import { isValidNhsNumber } from './nhsNumber'

const found = (text: string) => findIdentifiers(text).map(span => [span.type, text.slice(span.start, span.end)])
const only = (type: IdentifierType, text: string) =>
  findIdentifiers(text)
    .filter(span => span.type === type)
    .map(span => text.slice(span.start, span.end))

describe('NHS numbers', () => {
  it.each([
    ['943 476 5919', 'NHS no 943 476 5919 on the wristband'],
    ['943-476-5919', 'number 943-476-5919 given'],
    ['9434765919', 'checked 9434765919 against the notes'],
    ['943.476.5919', 'read as 943.476.5919'],
    ['401 023 2137', 'NHS: 401 023 2137'],
  ])('finds %s, which passes the check digit', (number, text) => {
    expect(only('NHS_NUMBER', text)).toEqual([number])
  })

  it.each([
    ['a ten-digit number failing Modulus 11', 'ref 1234567890 logged'],
    ['a batch number that happens to pass', 'batch 9434765919 quarantined'],
    ['a longer number', 'order 94347659190 placed'],
  ])('ignores %s', (_, text) => {
    expect(only('NHS_NUMBER', text)).toEqual([])
  })

  it('takes ten digits after an NHS number label even when the check digit is wrong', () => {
    expect(only('NHS_NUMBER', 'NHS number: 123 456 7890')).toEqual(['123 456 7890'])
  })

  it.each([
    ['CHI', 'CHI number (0507461235)'],
    ['H&C', 'H&C number 3204567892 given'],
  ])('types %s numbers as other identifiers', (_, text) => {
    expect(found(text).map(([type]) => type)).toEqual(['OTHER_ID'])
  })

  it('checks the Modulus 11 digit', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true)
    expect(isValidNhsNumber('9434765918')).toBe(false)
    expect(isValidNhsNumber('943476591')).toBe(false)
  })
})

describe('postcodes', () => {
  it.each([
    'BS1 4DJ',
    'bs1 4dj',
    'BS14DJ',
    'SW1A 1AA',
    'M1 1AE',
    'EC1A 1BB',
    'W1A 0AX',
    'B33 8TH',
    'CR2 6XH',
    'DN55 1PT',
  ])('finds %s', postcode => {
    expect(only('POSTCODE', `lives at ${postcode}, alone`)).toEqual([postcode])
  })

  it.each([
    ['an ordinal', 'ward E5 2nd floor'],
    ['a dose', 'B12 1mg given'],
    ['an area that does not exist', 'code QX1 4DJ'],
    ['letters a postcode never ends with', 'BS1 4CI'],
  ])('ignores %s', (_, text) => {
    expect(only('POSTCODE', text)).toEqual([])
  })
})

describe('phone numbers', () => {
  it.each([
    '07700 900123',
    '07700900123',
    '07700 900 123',
    '+44 7700 900123',
    '+447700900123',
    '+44 (0)117 496 0123',
    '0044 7700 900123',
    '(0117) 496 0123',
    '0117 496 0123',
    '0117-496-0123',
    '020 7946 0321',
    '0161 496 0583',
    '0300 123 4567',
    '0800 123 4567',
    '+33 1 23 45 67 89',
    '0033 6 12 34 56 78',
  ])('finds %s', phone => {
    expect(only('PHONE', `rang on ${phone} twice`)).toEqual([phone])
  })

  it('keeps an extension with its number', () => {
    expect(only('PHONE', 'call 020 7946 0321 ext 4412 today')).toEqual(['020 7946 0321 ext 4412'])
  })

  it.each([
    ['an internal extension alone', 'bleep the team on ext 4418'],
    ['a time and a dose', 'at 14:30 gave 10 mg'],
    ['observations', 'NEWS2 0 0 1 2 0 0 1'],
    ['a bed and bay', 'bed 12 bay 3'],
    ['too few digits', '01174 9601'],
    ['a serial number', 'serial no. 0123456789'],
  ])('ignores %s', (_, text) => {
    expect(only('PHONE', text)).toEqual([])
  })
})

describe('emails and web addresses', () => {
  it.each([
    ['EMAIL', 'joan.hughes@nhs.net', 'emailed joan.hughes@nhs.net today'],
    ['EMAIL', "o'brien+x@example.co.uk", "sent to o'brien+x@example.co.uk."],
    ['URL', 'https://www.facebook.com/groups/example', 'posted on https://www.facebook.com/groups/example.'],
    ['URL', 'www.example.org/page', 'see www.example.org/page, then'],
    ['URL', 'instagram.com/reel/clip9', 'on instagram.com/reel/clip9 yesterday'],
  ] as const)('finds the %s %s', (type, value, text) => {
    expect(only(type, text)).toEqual([value])
  })

  it('does not take the NHS mail domain named on its own for a web address', () => {
    expect(found('the nhs.net account was locked')).toEqual([])
  })
})

describe('National Insurance numbers', () => {
  it.each(['QQ 12 34 56 C', 'AB123456C', 'jt 23 88 41 c', 'WL 60 14 37 B'])('finds %s', number => {
    expect(only('NI_NUMBER', `NI ${number} on file`)).toEqual([number])
  })

  it.each(['BG123456A', 'GB123456A', 'DA123456A', 'AB123456E'])('ignores %s, which cannot be one', number => {
    expect(only('NI_NUMBER', `code ${number} on file`)).toEqual([])
  })
})

describe('hospital numbers', () => {
  it.each([
    ['K1234567', 'MRN: K1234567'],
    ['00234567', 'MRN 00234567'],
    ['RWA 0331847', 'hospital number (RWA 0331847)'],
    ['RQ60012345', 'Hosp No: RQ60012345'],
    ['556677', 'unit no. 556677'],
    ['RJ1-556677', 'booked RJ1-556677 in'],
    ['T558812', 'lap chole – T558812'],
  ])('finds %s', (number, text) => {
    expect(only('HOSPITAL_NUMBER', text)).toEqual([number])
  })

  it.each([
    ['a batch number', 'batch FX4471235 quarantined'],
    ['a lot number', 'lot no. AB123456 recalled'],
    ['a bed number', 'bed 12 in bay 4'],
  ])('ignores %s', (_, text) => {
    expect(only('HOSPITAL_NUMBER', text)).toEqual([])
  })
})

describe('ages over 89', () => {
  it.each([
    ['94', '94-year-old woman'],
    ['94', 'a 94 year old man'],
    ['101', 'aged 101.'],
    ['92', '92 yo M'],
    ['90', 'age 90'],
    ['96', 'my nan is 96 and lives alone'],
    ['94', 'Dorothy Pearson (94) fell'],
    ['93', 'Mr Peter Szabo, 93, was admitted'],
    ['91', '(M, 91)'],
    ['ninety-four', 'my gran is ninety-four'],
    ['103', 'she is now 103.'],
  ])('finds the age %s, the number alone', (age, text) => {
    expect(only('AGE_OVER_89', text)).toEqual([age])
  })

  it.each([
    ['an age under 90', '89-year-old man'],
    ['oxygen saturation', 'SpO2 94% on air'],
    ['a heart rate', 'HR 112 bpm'],
    ['a weight', 'weighing 95 kg'],
    ['a duration', 'waited 95 minutes'],
  ])('ignores %s', (_, text) => {
    expect(only('AGE_OVER_89', text)).toEqual([])
  })
})

describe('other identifiers', () => {
  it.each([
    ['7654321', 'GMC number 7654321'],
    ['12A3456E', 'NMC PIN 12A3456E'],
    ['12A3456E', 'registrant 12A3456E'],
    ['123456789', 'passport no. 123456789'],
    ['PICKL601125G99XA', 'licence PICKL601125G99XA'],
    ['AB12 CDE', 'a white van (AB12 CDE)'],
    ['PA 45821', 'My HCPC number is PA 45821'],
    ['CR/2025/118734', 'crime ref CR/2025/118734.'],
    ['MP-25-044917', 'missing person ref MP-25-044917.'],
    ['4471', 'collar no. 4471'],
    ['E123456', 'staff number E123456'],
  ])('finds %s', (value, text) => {
    expect(only('OTHER_ID', text)).toEqual([value])
  })
})

describe('addresses', () => {
  it.each([
    ['12 Acacia Avenue', 'lives at 12 Acacia Avenue.'],
    ['Flat 3, 22 Mill Lane', 'Flat 3, 22 Mill Lane is her home'],
    ['Flat 9, Ravensworth House, Gateshead', 'at Flat 9, Ravensworth House, Gateshead NE8 3PL.'],
    ['15 Hazel Grove, Chorlton, Manchester', '15 Hazel Grove, Chorlton, Manchester M21 9RT'],
    ['18 ashfield rd', 'he lives at 18 ashfield rd s6 4fz'],
    ['Ty Gwyn, 5 Heol y Coed, Pontypridd', 'Ty Gwyn, 5 Heol y Coed, Pontypridd CF37 4AH'],
    ['Mill Lane', 'she walked along Mill Lane'],
  ])('finds %s, without its postcode', (address, text) => {
    expect(only('ADDRESS', text)).toEqual([address])
  })

  it.each([
    ['a ward and bed', 'moved to bed 4 on Ward 7'],
    ['a building named after a street', 'the Victoria Street entrance was shut'],
    ['a dose and a route', 'gave 2 tablets by mouth'],
  ])('ignores %s', (_, text) => {
    expect(only('ADDRESS', text)).toEqual([])
  })

  it('finds the postcode after an address as a span of its own', () => {
    expect(found('12 Mill Lane, Bristol BS1 4DJ')).toEqual([
      ['ADDRESS', '12 Mill Lane, Bristol'],
      ['POSTCODE', 'BS1 4DJ'],
    ])
  })
})
