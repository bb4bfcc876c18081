const words = (list: string) => new Set(list.trim().split(/\s+/))

/** Titles: what follows is a name even in lower case ("mrs hughes", "Dr. A. Khan"). Lower case, no dots. */
export const TITLES: ReadonlySet<string> = words(`
  mr mrs ms miss mx dr doctor prof professor rev revd reverend sir dame lady lord master madam
  sister sr nurse matron
`)

/**
 * Roles and relations: a capitalised word after one is a name unless it is plainly an English word
 * ("daughter Karen", "HCA Bola", but "Patient Safety"). Lower case.
 */
export const ROLES: ReadonlySet<string> = words(`
  patient pt pts patients client resident daughter son wife husband partner spouse mum mom mother dad father brother
  sister grandson granddaughter grandmother grandfather grandma grandpa nan nana nanna gran granny grandad aunt auntie
  uncle niece nephew cousin friend neighbour neighbor carer carers colleague colleagues hca hcsw hcp consultant
  registrar reg sho fy1 fy2 f1 f2 ct1 ct2 ct3 st1 st2 st3 st4 st5 st6 st7 st8 spr gp paramedic paramedics pharmacist
  physio physiotherapist ot slt dietitian dietician midwife rn rgn rmn rnld sn snr nic charge manager surgeon
  anaesthetist anesthetist radiographer sonographer porter housekeeper receptionist student practitioner anp acp enp
  cns specialist technician phlebotomist chaplain interpreter advocate officer pc sergeant inspector worker relative
  relatives baby infant child boy girl lady gentleman gent man woman nok kin staff clinician lead deputy assistant
  supervisor coordinator co-ordinator head senior junior locum bank agency fiance fiancee fiancé fiancée sibling
  boyfriend girlfriend hubby
  stepson stepdaughter stepmother stepfather guardian visitor witness reporter author referrer prescriber requester
  keyworker clerk secretary administrator director therapist psychologist psychiatrist optometrist dentist hygienist
  podiatrist audiologist orthoptist doula driver crewmate eca emt ecp user
`)

/** Words and phrases after which a name usually follows: "seen by", "spoke to", "named". Lower case. */
export const NAME_PHRASES: readonly string[] = `
  called|named|known as|name is|name was|names are|seen by|spoke to|spoke with|speaking to|speaking with|spoken to
  spoken with|informed|escalated to|handed over to|handover to|handover from|reviewed by|assessed by|discussed with
  contacted|phoned|rang|bleeped|paged|witnessed by|signed by|checked by|countersigned by|reported by|completed by
  attended by|found by|assisted by|accompanied by|supported by|cared for by|admitted by|prescribed by
  administered by|given by|told|asked|advised|thanks to|thanked|praised|visited by|collected by|examined by
  transferred by|escorted by|referred to|referred by|emailed|messaged|texted|alerted|notified|updated|called by
  signed|signature|print name|name|reporter|recorder|contact|next of kin|witness|witnesses|dear|cc
  requested by|authorised by|authorized by|verified by|entered by|updated by|created by|amended by|allocated to
  assigned to|dispensed by|screened by|triaged by|booked by|cancelled by|key worker|named nurse|crew mate
`
  .trim()
  .split(/[|\n]/)
  .map(phrase => phrase.trim())
  .filter(phrase => phrase !== '')

/** Words joining two people: "Sarah and Will", where the first already shows the second is a name. */
export const CONJUNCTIONS: ReadonlySet<string> = words('and or & nor')

/** Lower-case parts of surnames: "van der Berg", "bin Hassan", "de la Cruz". */
export const NAME_PARTICLES: ReadonlySet<string> = words(`
  van von der den de del della di da du la le bin binti ibn al el ap dos das ter ten
`)

/** Small words that are never names whatever their case, even straight after a title, as typed too ("sed", "cos"). */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
  a an the and or but nor of to in on at by for with from as is was were be been being has had have having will
  would can could should may might must shall not no nor this that these those he she they we i you it his her hers
  their theirs our ours my your its him them us me who whom which what when where why how then there here so if also
  very all any some up down out over into onto about after before again still yet just only both each every per via
  re am pm did does do done said says told asked came went got get gets going gone come comes please thanks yes
  on-call oncall reviewed review reviewing saw seen see sees informed aware today yesterday tomorrow tonight ok okay
  hi hiya hello thanks cheers
  sed sez wot wat cos coz cuz luv gonna wanna gotta dunno ya yeah yep nope pls plz thx tho ur im ive dont didnt cant
  wont wasnt isnt doesnt couldnt shouldnt wouldnt shud wud cud nd bc
`)

/** What people do in a narrative, straight after their name: "Grace said", "Will rang". Lower case. */
export const PERSON_VERBS: ReadonlySet<string> = words(`
  said says told asked rang phoned called emailed texted explained reported stated replied answered shouted screamed
  cried complained agreed refused declined wanted noticed saw went came arrived left fell collapsed died helped
  attended visited informed confirmed thought believed remembered forgot admitted denied insisted apologised
`)

/** Family and people close to the patient, after whom a name may be written in lower case. Lower case. */
export const RELATIONS: ReadonlySet<string> = words(`
  daughter son wife husband partner spouse mum mom mam mother dad father brother sister grandson granddaughter
  grandmother grandfather grandma grandpa nan nana nanna gran granny grandad aunt auntie uncle niece nephew cousin
  friend neighbour neighbor carer fiance fiancee fiancé fiancée sibling stepson stepdaughter stepmother stepfather
  boyfriend girlfriend hubby
`)
