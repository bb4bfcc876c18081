/**
 * Words of care records that are never people: abbreviations (NEWS2, SBAR, DNACPR), jargon ("obs",
 * "sats", "bloods"), clinical systems, teams and bodies. Several are also someone's name somewhere in
 * the world, which is why they are listed. Lower case.
 */
export const CLINICAL_TERMS: ReadonlySet<string> = new Set(
  `
  a&e aaa abc abg abx acp acs adl adls adhd aed af aki alp alt amu anc anp ao aos ap ar ast atn avpu bbv bd bgl
  bipap bls bm bmi bmis bms bnf bnp bo bp bpm bsa bspar ca cabg cad camhs capd cas cbg cbt ccf ccg ccot ccu cdu cea
  cfs chd chf ckd cmht cn cnm cns co2 copd cpap cpn cpr cqc crp crt csf csu ct ctg cva cvc cvp cxr dd ddx dhsc dka dmard
  dn dnacpr dnar dnr dols dna dtr dvt dx ecg echo ecmo ed edd eeg egfr emu ent eol epr ercp esr ett eu ews fbc fev ffp
  fh fiO2 fio2 fm fy fy1 fy2 f1 f2 gcs gi gmc gp gps gtt gu hb hba1c hca hcas hcsw hcsws hcp hcpc hdu hiv hr hrt hx ibd
  ibs icb icd icp icu idt im inr io ip ipu isbar itu iv ivabx ivi ivf ivi jvp kcl lft lfts lmp lmwh loc los lp lpa lscs
  ltot mar mash mcv mdt mdu mews mhra mi mmse mmr mnd mri mrsa ms msu must nad nbm neb nebs news news2 ng ngt nhs nhse
  nice nippv niv nmc nok npsa nrls nsaid nsaids nstemi obs od oe ogd ooh op opd ot otc pacu pals pca pcp pcr pe peep
  peg pews pfo phe picc picu pils pmh pn po pod pop pou ppe ppi pr prn psa pt pts ptt pu pv qds qsofa ra rbc rcn rgn
  rmn rn rnld rr rrt rsv rta rx sah salt sau sats sbar scbu sdec sho sirs sle slt sn snr sob spo2 spr srn ssri stemi stat
  stepdown sulo svt tbc tds tedd teds tfa tia tka tpn tpr tta tto tvn uti uss vbg vf vt vte vq wbc wcc wte
  ambu bleep bleeped bleeps bloods cannula cannulas cannulae cannulated cannulation catheterised datix datixed
  eobs ews gcs hca hcas incontinent nbm obs oramorph oromorph pressure sats sepsis sliders stat stats ward ulysses
  cerner emis epic lorenzo medway meditech nervecentre patientrack rio sunquest systmone vitalpac careflow ice
  omnicell pyxis winpath evolve ascribe jac epma emar respect resus majors minors paeds obs gynae ortho orthopaedics
  neuro cardio gastro onc haem renal resp rheum urology derm psych maxfax plastics trauma
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  nhs trust trusts icb icbs lfpse pcn pcns ccg ccgs chc hsib hssib phso ombudsman healthwatch pals
  covid covid-19 coronavirus norovirus influenza flu c-diff cdiff mrsa mssa vre cpe ecoli e-coli
  zimmer rollator stedy hoist hoists sling slings commode pat-slide patslide
  id dob dod nfa rca aar sjr psii psirf lfpse steis pmr ipc sop sops kpi rag eta ops tbc tba asap dwp gdp ig
  bolus stoma tena sando venturi nj bair hugger rota rotas mckinley graseby alaris min mins max spo na ch fr hosp med meds caesarean tetralogy mondays tuesdays wednesdays thursdays fridays saturdays
  sundays legionella listeria klebsiella pseudomonas clostridium clostridioides salmonella shigella neisseria candida
  escherichia enterobacter serratia proteus acinetobacter staphylococcus streptococcus enterococcus haemophilus
  mycoplasma chlamydia gonorrhoea syphilis campylobacter helicobacter
`
    .trim()
    .split(/\s+/)
    .map(term => term.toLowerCase()),
)

/** Faith and festivals: words written with a capital that name no one in a narrative. Lower case. */
export const FAITH_AND_FESTIVALS: ReadonlySet<string> = new Set(
  `jesus christ god allah lord buddha christmas xmas easter boxing whitsun halloween diwali eid ramadan hanukkah
  passover vaisakhi navratri lent advent`.split(/\s+/),
)

/** Months, which may be names too ("April", "June"), so only a title or a name beside one makes it a person. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(' '),
)
