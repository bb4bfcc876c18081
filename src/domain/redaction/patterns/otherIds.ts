import { type Candidate, RANK } from '../types'
import { matchesOf } from './matching'

const LABEL_END = String.raw`[ \t]*(?:no|number|num|#|id|pin|ref)?\.?[ \t]*(?:[:#=(-]|is|was|given[ \t]+was)?[ \t]*`
// A reference made of capitals, digits, hyphens and slashes with at least three digits in it.
const REFERENCE = String.raw`((?:[A-Z]{1,4}[-/ ]?)?\d[\dA-Z]*(?:[-/][\dA-Z]+)*)(?![\w])`
/**
 * Each pattern, with the labels of which one must be in the text for the pattern to be worth running
 * (or a quick test it must pass), and whether a value read case-blind with its label must still be
 * written in capitals to count.
 */
const PATTERNS: { pattern: RegExp; rank: number; labels?: string[]; when?: RegExp; capitals?: true }[] = [
  // GMC numbers: seven digits after "GMC".
  { pattern: new RegExp(String.raw`\bgmc${LABEL_END}(\d{7})(?!\d)`, 'gid'), rank: RANK.labelled, labels: ['gmc'] },
  // NMC PINs: two digits, a letter, four digits, a letter ("12A3456E").
  { pattern: /(?<![\w])(\d{2}[A-Z]\d{4}[A-Z])(?![\w])/dg, rank: RANK.pattern },
  // Passport numbers after "passport".
  {
    pattern: new RegExp(String.raw`\bpassport${LABEL_END}([A-Z0-9]{0,3}\d{6,9})(?![\w])`, 'gid'),
    rank: RANK.labelled,
    labels: ['passport'],
  },
  // UK driving licence numbers: five letters of the surname (9-padded), six digits, two initials, a digit, two letters.
  {
    pattern: /\b([A-Z9]{5}[ \t]?\d{6}[ \t]?[A-Z9]{2}\d[A-Z]{2}(?:[ \t]?\d{2})?)\b/dg,
    rank: RANK.pattern,
    when: /\d{6}/,
  },
  // Vehicle registrations in the current style ("AB12 CDE"), and older ones after a label.
  { pattern: /(?<![\w])([A-Z]{2}\d{2}[ \t]?[A-Z]{3})(?![\w])/dg, rank: RANK.pattern },
  {
    pattern: new RegExp(
      String.raw`\b(?:registration|vehicle|number[ \t]+plate|car)${LABEL_END}([A-Z]{1,3}[ \t]?\d{1,3}[ \t]?[A-Z]{1,3})(?![\w])`,
      'gid',
    ),
    rank: RANK.labelled,
    labels: ['registration', 'vehicle', 'plate', 'car'],
    capitals: true,
  },
  // Staff, badge, payroll, collar and registration numbers after their labels.
  {
    pattern: new RegExp(
      String.raw`\b(?:staff|badge|employee|payroll|assignment|esr|smartcard|smart[ \t]card|nmc|hcpc|gphc|goc|gdc|pin|collar|warrant|registration)${LABEL_END}${REFERENCE}`,
      'gid',
    ),
    rank: RANK.labelled,
    labels:
      'staff badge employee payroll assignment esr smart nmc hcpc gphc goc gdc pin collar warrant registration'.split(
        ' ',
      ),
    capitals: true,
  },
  // Police, court and safeguarding references: "crime ref CR/2025/118734", "missing person ref MP-25-044917".
  {
    pattern: new RegExp(
      String.raw`\b(?:(?:police|crime|case|missing[ \t]+person|safeguarding|marac|court|custody|arrest)[ \t]+)+(?:ref(?:erence)?|no|number|log)?${LABEL_END}${REFERENCE}`,
      'gid',
    ),
    rank: RANK.labelled,
    labels: 'police crime case missing safeguarding marac court custody arrest'.split(' '),
    capitals: true,
  },
]
// Every label above, found in one pass.
const LABELS = new RegExp(
  String.raw`\b(?:${[...new Set(PATTERNS.flatMap(({ labels }) => labels ?? []))].join('|')})`,
  'gi',
)
const DIGITS = /\d/g
// A reference needs this many digits: "PA 45821" is one, "ODS RXX" is not.
const MIN_DIGITS = 3

/** Other identifying numbers: professional registrations, passports, licences, vehicles, staff numbers. */
export function findOtherIds(text: string): Candidate[] {
  const found: Candidate[] = []
  const labels = new Set(Array.from(text.matchAll(LABELS), ([label]) => label.toLowerCase()))
  for (const { pattern, rank, labels: needed, when, capitals } of PATTERNS) {
    if ((needed && !needed.some(label => labels.has(label))) || (when && !when.test(text))) continue
    for (const match of matchesOf(pattern, text)) {
      if (capitals && match[1] !== match[1]!.toUpperCase()) continue
      if (capitals && (match[1]!.match(DIGITS)?.length ?? 0) < MIN_DIGITS) continue
      const [start, end] = match.indices![1]!
      found.push({ start, end, type: 'OTHER_ID', rank })
    }
  }
  return found
}
