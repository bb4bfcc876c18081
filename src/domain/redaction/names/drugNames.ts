/**
 * Common UK medicines, generic and brand names, in lower case: a brand such as "Tazocin" or "Keppra"
 * looks like a name to a name list, so these are never people.
 */
export const DRUG_NAMES: ReadonlySet<string> = new Set(
  `
  abasaglar abstral acamprosate aciclovir aclasta actiq actonel actos adalat adalimumab adcal adrenaline alendronate
  alendronic alfentanil allopurinol alogliptin amias amikacin aminophylline amiodarone amitriptyline amlodipine
  amoxicillin amoxil anapen anastrozole anoro apixaban aprovel aripiprazole arimidex arixtra aspirin atenolol ativan
  atomoxetine atorvastatin atracurium atropine atrovent augmentin avelox azathioprine azithromycin beclometasone
  bendroflumethiazide benzylpenicillin beriplex betahistine betmiga bisacodyl bisoprolol brilique brivaracetam
  budesonide bumetanide bupivacaine buprenorphine bupropion burinex buscopan buccastem buccolam butrans calcichew
  calpol canagliflozin candesartan canesten carbamazepine carbimazole cardicor cardura carvedilol cefalexin cefotaxime
  ceftazidime ceftriaxone cefuroxime celecoxib cellcept cetirizine champix chirocaine chloramphenicol chlordiazepoxide
  chlorphenamine chlorpromazine cialis ciclosporin ciprofloxacin ciproxin circadin citalopram clarithromycin
  clarityn clenil clexane clindamycin clobazam clonazepam clonidine clopidogrel clopixol clotrimazole clozapine
  clozaril co-amoxiclav co-careldopa co-codamol co-dydramol co-trimoxazole codeine colchicine colofac concerta
  cordarone cosmofer coumadin coversyl cozaar crestor cyclizine dabigatran daktarin dalacin dalteparin dapagliflozin
  daptomycin decadron deltacortril denosumab depakote depixol dexamethasone dexamfetamine dextrose diamicron
  diamorphine diazepam diclofenac diflucan digoxin dihydrocodeine diltiazem diovan disulfiram ditropan dobutamine
  docusate domperidone donepezil dopamine doxazosin doxycycline duaklir dulaglutide dulcolax duloxetine durogesic
  edoxaban effentora elvanse eliquis eltroxin empagliflozin emla enalapril enbrel enoxaparin entonox epilim epipen
  eplerenone epistatus ertapenem erythrocin erythromycin escitalopram esomeprazole espranor etanercept ethosuximide
  etoricoxib ezetimibe ezetrol famotidine febuxostat felodipine femara fentalis fentanyl ferinject ferrous fexofenadine
  finasteride flagyl flecainide flixotide flomax floxapen flucloxacillin fluconazole fludrocortisone fluoxetine
  flupentixol fluticasone fondaparinux forxiga fosamax fosfomycin fostair fragmin frisium furosemide fybogel
  gabapentin gaviscon gelofusine gentamicin glibenclamide gliclazide glucagen glucagon glucogel glucophage
  glycopyrronium glyceryl gtn haloperidol heparin humalog humira humulin hydrocortisone hydroxocobalamin
  hydroxychloroquine hyoscine hypostop ibuprofen imodium imuran incruse indapamide inderal infliximab innohep inegy
  instanyl instillagel insulin invanz invokana ipratropium irbesartan isoflurane isosorbide istin ivabradine januvia
  jardiance jext kapake keflex keppra ketamine ketorolac klaricid konakion labetalol lacosamide lactulose lamictal
  lamisil lamotrigine lanoxin lansoprazole lantus largactil lasix laxido letrozole levemir levetiracetam levobupivacaine
  levodopa levofloxacin levomepromazine levothyroxine lidocaine lignocaine linagliptin linezolid liraglutide
  lisdexamfetamine lisinopril lithium lixiana longtec loperamide loratadine lorazepam losartan losec lyrica
  lymecycline mabthera macrobid macrodantin macrogol madopar magnesium matrifen maxolon mebeverine medrone melatonin
  memantine meronem meropenem mesalazine metformin methadone methotrexate methylphenidate methylprednisolone
  metoclopramide metoject metoprolol metronidazole midazolam mirabegron mirtazapine montelukast morphine motilium
  movicol moviprep moxifloxacin mst mycophenolate naloxone naltrexone naproxen nefopam neoral neostigmine nexium
  nicorandil nifedipine nitrofurantoin nolvadex noradrenaline norvasc novorapid nozinan nurofen nystatin octaplex
  ofloxacin olanzapine omeprazole ondansetron oramorph oseltamivir oxybutynin oxycodone oxycontin oxynorm ozempic
  pabrinex palexia paliperidone pantoprazole paracetamol paroxetine penicillin perindopril phenergan phenobarbital
  phenoxymethylpenicillin phenytoin phyllocontin phytomenadione picolax pioglitazone piperacillin piriton plaquenil
  plavix pradaxa pramipexole prasugrel pravastatin prednisolone pregabalin prochlorperazine prograf prolia promethazine
  propofol propranolol proscar protamine protium pulmicort quetiapine ramipril ranitidine ranolazine rasagiline
  relvar remicade remifentanil rifampicin risedronate risperdal risperidone ritalin rituximab rivaroxaban rivastigmine
  rocephin rocuronium ropinirole ropivacaine rosuvastatin salazopyrin salbutamol sando-k sandrena semaglutide senna
  septrin seretide sertraline sevoflurane sevredol shortec sildenafil simvastatin sinemet singulair sitagliptin
  solifenacin solpadol solu-cortef solu-medrone spiriva spironolactone stemetil subutex suboxone sugammadex
  sulfasalazine sumatriptan suxamethonium symbicort tacrolimus tadalafil tambocor tamiflu tamoxifen tamsulosin
  tapentadol targocid tavanic tazocin tegretol teicoplanin telfast temazepam tenormin terbinafine terbutaline
  theophylline thiamine ticagrelor tildiem tinzaparin tiotropium tobramycin topiramate toujeo tramadol tranexamic
  trajenta trazodone trelegy tresiba trimethoprim tritace trulicity tylex uloric ultibro uniphyllin valaciclovir valoid
  valproate valsartan valtrex vancocin vancomycin varenicline vasopressin vecuronium venlafaxine ventolin verapamil
  vesicare viagra vibramycin victoza vimpat voltarol warfarin xarelto xeplion zapain zestril zinacef zirtek zithromax
  zocor zofran zoladex zoledronic zolpidem zomorph zonisamide zopiclone zovirax zuclopenthixol zyloric zyvox
`
    .trim()
    .split(/\s+/),
)
