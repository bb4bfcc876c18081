import { type Candidate, RANK } from '../types'
import { matchesOf } from './matching'

// The postcode areas of the UK and Crown dependencies, and ZZ for the NHS's "no fixed abode" codes.
const AREAS = new Set(
  `
  AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX FK FY
  G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW
  OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA
  WC WD WF WN WR WS WV YO ZE ZZ
`
    .trim()
    .split(/\s+/),
)

// BS 7666: area, district (a digit, then a digit or letter), an optional space, then a digit and two
// letters that never include C, I, K, M, O or V. The area is checked against the list after a match.
const POSTCODE = /\b([A-Z]{1,2})\d[A-Z\d]?[ \t\u00a0]{0,2}\d[ABD-HJLNP-UW-Z]{2}\b/gi
const ORDINAL = /\d(?:st|nd|rd|th)$/

/** UK postcodes in any case, with or without the space; "2nd" and the like written in lower case are not. */
export function findPostcodes(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of matchesOf(POSTCODE, text)) {
    if (!AREAS.has(match[1]!.toUpperCase()) || ORDINAL.test(match[0])) continue
    found.push({ start: match.index, end: match.index + match[0].length, type: 'POSTCODE', rank: RANK.pattern })
  }
  return found
}
