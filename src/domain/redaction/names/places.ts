/**
 * Words that end the name of a place ("Florence Ward", "Rose Unit", "St Thomas' Hospital", "Riverside
 * Surgery", "Victoria Street"): the capitalised words before one name the place, not a person. Lower case.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `
  ward wards unit units hospital hospitals surgery surgeries practice centre center clinic clinics suite suites house
  wing lodge infirmary theatre theatres department dept hospice annexe annex pavilion building block institute
  school college university pharmacy station library trust foundation icb council ltd limited healthcare health
  medical service services ambulance home homes gardens bay bays team corridor corridors primary academy nursery
  infants juniors secondary entrance street road avenue crescent terrace mews
`
    .trim()
    .split(/\s+/),
)

/** "St Mary's", "Saint Luke's": a saint's name is a place, not a person. */
export const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'saint'])
