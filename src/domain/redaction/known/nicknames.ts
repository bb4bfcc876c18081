/*
 * Given names and the short forms and pet names people use for them, one family a line: anyone
 * known by one of them may be written as any other. A name can sit in more than one family.
 */
const FAMILIES = `
  abigail abbie abby gail
  abraham abe bram
  adam ade
  adrian ade
  agnes aggie nessie
  albert al bert bertie
  alexander alex alec alexa sandy sandra xander lex
  alexandra alex alexa sandra sandy lexi
  alfred alf alfie fred freddie
  alice ali allie
  alison ali allie
  amanda mandy manda
  andrew andy drew
  angela angie ange
  ann anne annie nan nancy
  anthony tony ant
  archibald archie
  arthur art artie
  barbara barb babs barbie
  barnaby barney
  bartholomew bart
  benjamin ben benny benji
  bernard bernie barney
  beverley bev
  bradley brad
  brian bri
  bridget bridie biddy
  callum cal
  cameron cam
  carol carole caz
  caroline carrie caro lina
  catherine cath cathy kate katie kath kathy kay cat
  charles charlie chas chuck chaz
  charlotte charlie lottie lotte
  christina chris tina chrissie kirsty
  christine chris tina chrissie
  christopher chris kit topher
  clifford cliff
  colin col
  daniel dan danny
  david dave davy davie
  deborah debbie deb debs
  dennis den
  dominic dom
  donald don donnie
  dorothy dot dotty dolly dora
  douglas doug dougie
  edward ed eddie ted teddy ned
  eleanor ellie nell nellie elle nora
  elizabeth liz lizzie beth betty bet bess bessie eliza libby lisa elsie lily
  ellen nell nellie ellie
  emily em emmy millie
  emma em emmy
  frances fran fanny frankie
  francis frank frankie fran
  frederick fred freddie freddy
  gabriel gabe
  gareth gaz
  gary gaz
  geoffrey geoff jeff
  george georgie
  georgina georgie gina
  gerald gerry jerry
  geraldine gerry
  gillian gill jill gilly
  gregory greg
  gwendolyn gwen wendy
  harold harry hal
  harriet hattie harry
  helen nell nellie
  henry harry hal hank
  herbert herb bert bertie
  isabel isabelle bella izzy isa
  isabella bella izzy
  jacqueline jackie jacqui
  james jim jimmy jamie jimbo
  jane janey jenny
  janet jan jen
  jeffrey jeff
  jennifer jen jenny jenni
  jessica jess jessie
  joan joanie
  joanna jo joanne
  joanne jo jojo
  john jack johnny jon
  jonathan jon jonny nathan
  joseph joe joey jo
  josephine jo josie jose
  joshua josh
  judith judy jude
  julia jules julie
  julian jules
  katherine kate katie kath kathy kay kit
  kathleen kath kathy kay
  kenneth ken kenny
  kimberley kim
  lawrence larry laurie
  leonard len lenny leo
  lesley les
  leslie les
  lewis lew lou
  louis lou lew
  louise lou lulu
  lucy lou
  malcolm mal
  margaret maggie mags peggy peg meg marge madge greta rita daisy
  marjorie marge margie
  martin marty
  mary molly polly mae may mamie
  matilda tilly tilda
  matthew matt matty
  maureen mo
  megan meg
  melanie mel
  michael mike mick micky mikey mitch
  michelle shelly
  nathan nate nat
  nathaniel nat nate
  nicholas nick nicky nico
  nicola nicky nikki
  oliver ollie olly
  olivia liv livvy
  pamela pam
  patricia pat patty tricia trish
  patrick pat paddy
  penelope penny
  peter pete
  philip phil pip
  phillip phil
  rachel rach
  raymond ray
  rebecca becky becca bex
  richard rich rick ricky dick richie
  robert rob robbie bob bobby bert
  roberta bobbie
  ronald ron ronnie
  rosemary rose rosie
  samantha sam sammy
  samuel sam sammy
  sarah sally sadie
  sebastian seb
  sophia sophie
  stephanie steph
  stephen steve stevie
  steven steve stevie
  stuart stu
  susan sue susie suzy
  suzanne sue suzy
  terence terry
  theodore theo ted teddy
  thomas tom tommy
  timothy tim timmy
  valerie val
  victoria vicky vicki tori
  vincent vince vinny
  virginia ginny
  walter walt wally
  william bill billy will willie liam
  winifred winnie freda
  yvonne von
  zachary zach zack
`

/** For each name, in lower case, every name in its families (itself included). */
export const NAME_FAMILIES: ReadonlyMap<string, readonly string[]> = (() => {
  const families = new Map<string, Set<string>>()
  for (const line of FAMILIES.trim().split('\n')) {
    const names = line.trim().split(/\s+/)
    for (const name of names) {
      const family = families.get(name) ?? new Set([name])
      for (const other of names) family.add(other)
      families.set(name, family)
    }
  }
  return new Map([...families].map(([name, family]) => [name, [...family]]))
})()
