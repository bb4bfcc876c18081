import { findIdentifiers } from '..'

const names = (text: string) =>
  findIdentifiers(text)
    .filter(span => span.type === 'PERSON')
    .map(span => text.slice(span.start, span.end))

describe('names', () => {
  it.each([
    ['after a title', 'Mrs Joan Hughes fell', ['Joan Hughes']],
    ['after a title with a full stop', 'seen by Dr. A. Khan', ['A. Khan']],
    ['after a title, in lower case', 'mrs hughes was seen', ['hughes']],
    ['as an initial after a title', 'room 7 mr k refused', ['k']],
    ['after a role', 'HCA Bukola helped her', ['Bukola']],
    ['after a relation', 'daughter Karen informed', ['Karen']],
    ['after a relation, with a comma', 'Our night nurse, Ify, was covering', ['Ify']],
    ['after a phrase that introduces a name', 'handed over to Tomasz at 08:00', ['Tomasz']],
    ['as a surname that is also a word, after a title', 'Mr Fell was reviewed', ['Fell']],
    ['as a first name and surname from the name lists', 'Siobhan Okafor attended', ['Siobhan Okafor']],
    ['with accents', 'Łukasz Wójcik and Siobhán attended', ['Łukasz Wójcik', 'Siobhán']],
    ['as a surname that is also a word, beside a first name', 'Joan Baker attended', ['Joan Baker']],
    ['as a first name that is also a word, beside a surname', 'Will Okafor attended', ['Will Okafor']],
    ['with an initial', 'J. Okafor attended', ['J. Okafor']],
    ['with a particle', 'seen by Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ['surname first', 'HUGHES, Joan admitted', ['HUGHES, Joan']],
    ['with a nickname in quotes', "Resident: Harold 'Harry' Benson", ["Harold 'Harry' Benson"]],
    ['joined to another by "and"', 'Sarah and Will arrived', ['Sarah', 'Will']],
    ['joined to another by "and", before it', 'crew (Dean and Shannon) arrived', ['Dean', 'Shannon']],
    ['in capitals, in a text in capitals', 'PATIENT JOAN HUGHES FOUND ON FLOOR BY NURSE', ['JOAN HUGHES']],
    ['in lower case, when it is a given name', 'room 3 betty restless overnight', ['betty']],
    [
      'in lower case, after a relation',
      'the carer kieran did not come and my husband bob was alone',
      ['kieran', 'bob'],
    ],
    ['hyphenated, in lower case', 'my daughter chloe-mae has autism', ['chloe-mae']],
    ['before a role in brackets', 'Mark (physio assistant) noticed it', ['Mark']],
    ['with a possessive', "Siobhan's daughter rang", ['Siobhan']],
  ])('are found %s', (_, text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it.each([
    ['eponyms', "Parkinson's disease, Crohn's, a Foley catheter and a Hickman line"],
    ['eponymous scores and charts', 'Glasgow Coma Scale 12, Bristol stool chart type 7, Wells score 6, Waterlow 18'],
    ['syndromes', 'Guillain-Barré, Stevens-Johnson syndrome, Down syndrome and Bell palsy'],
    ['medicines', 'Oramorph 5 mg, Tazocin, Keppra and Lansoprazole given'],
    ['clinical abbreviations', 'NEWS2 5, SBAR handover, DNACPR in place, ReSPECT form, VTE assessment, PRN'],
    ['wards and units', 'moved from Florence Ward to Rose Unit, then to St Thomas’ Hospital'],
    ['practices and clinics', 'Riverside Surgery and the Oak Tree Practice'],
    ['places', 'she moved from Scotland to Bristol'],
    ['ordinary words that are names, without evidence', 'Will review tomorrow. Hope is fading. Grace period.'],
    ['a month', 'seen in June'],
    ['roles alone', 'The Registrar and the Consultant spoke to the Ward Manager'],
    ['contractions', "I'm sure he'd have said so"],
    ['words written in capitals in an ordinary text', 'Dept at OPEL 4 and BIBA at 19:20'],
    ['faith and festivals', 'Christmas Day and Easter staffing; she said Jesus would help'],
    ['labels made of a letter', 'Baby Boy A and Baby Girl B were mislabelled'],
    ['rules named after people', "Martha's Rule call made by the family"],
    ['streets', 'the Victoria Street entrance was shut'],
    ['words as typed', 'my mum sed i shud report it cos nobody came'],
  ])('leave %s alone', (_, text) => {
    expect(names(text)).toEqual([])
  })
})
