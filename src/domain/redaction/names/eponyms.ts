const words = (list: string) => new Set(list.trim().split(/\s+/))

/**
 * Surnames that name diseases, signs, scores, equipment and procedures. One is not a person when it
 * is possessive ("Parkinson's", "Graves'") or followed by what it names ("Thomas splint", "Wells
 * score"); a title or a name beside it still makes it one ("Dr Foley", "Anne Parkinson").
 */
export const EPONYMS: ReadonlySet<string> = words(`
  achilles addison addisonian adie alzheimer apgar argyll asperger babinski baker barrett barthel bartholin battle
  beck becker behcet behçet bell bence bier bishop blalock bowen braden brugada bristol broca buerger burkitt caldicott
  calot charcot chiari cheyne chvostek colles conn coombs creutzfeldt crigler crohn cushing dandy dieulafoy dix doppler
  down dressler dubin dupuytren duchenne duke ebstein edinburgh edwards ehlers danlos epley erb ewing fabry fallot
  fanconi felty foley fournier frey friedreich froment galeazzi gardner garden gaucher geneva gilbert glasgow goodpasture
  gram graves guedel guillain barre barré hartmann hashimoto heberden heimlich henoch hickman hirschsprung hodgkin
  holter homan horner hudson hunter huntington hurler jakob kaposi kawasaki kernig klinefelter korsakoff kussmaul lachman
  langerhans lasegue leriche lewy lisfranc lown ludwig lyme mallampati mallory marfan mcburney mcmurray meckel meniere
  ménière milwaukee moro munchausen murphy nissen norton oxford paget pancoast parkinson perthes peyronie phalen
  pott prader raynaud reiter rett rinne rockwood romberg rovsing salter seldinger sengstaken sheehan sjogren sjögren
  stevens johnson still stokes sydenham takotsubo tenckhoff thomas tinel todd tourette trendelenburg trousseau turner
  valsalva virchow volkmann waldeyer waterlow weber wegener weil wells wenckebach wernicke whipple willebrand wilms
  wilson yankauer zenker zimmer
`)

/** Eponyms so rarely met as people in a care narrative that they need no context to be recognised. */
export const ALWAYS_EPONYMS: ReadonlySet<string> = words(`
  alzheimer apgar asperger babinski barthel braden brugada caldicott chvostek crohn cushing dieulafoy doppler
  dupuytren fallot foley guedel guillain hashimoto heberden hickman hirschsprung hodgkin holter kawasaki korsakoff
  kussmaul lachman lasegue mallampati meniere ménière munchausen rinne rockwood rovsing seldinger sengstaken takotsubo
  tenckhoff trendelenburg valsalva waterlow wenckebach wernicke yankauer zimmer pfannenstiel guthrie amsler goldmann
  esterman mcroberts rockall child-pugh swan-ganz cormack-lehane sengstaken-blakemore stevens-johnson guillain-barre
  guillain-barré mallory-weiss wolff-parkinson-white ehlers-danlos creutzfeldt-jakob cheyne-stokes dandy-walker
  brown-sequard prader-willi tay-sachs salter-harris lambert-eaton shy-drager
`)

/** What an eponym names, when it comes straight after it. */
export const EPONYM_NOUNS: ReadonlySet<string> = words(`
  disease diseases syndrome sign signs score scores scale criteria classification test tests manoeuvre maneuver
  procedure operation repair splint catheter catheters line lines tube tubes bag bags frame frames chart charts
  position fracture fractures ulcer ulcers reflex palsy paresis solution stocking stockings tool paralysis
  encephalopathy psychosis lymphoma sarcoma tumour tumor phenomenon node nodes triad law rule rules principles
  guardian report dressing dressings needle airway mask walker probe device pump monitor stain type index protocol
  nomogram grid field lens blade card incision balance stool coma manoeuvres screw driver scan tonometry ratio grade
  stage method technique approach block traction hold cast boot brace mattress positive negative stedy law act
`)
