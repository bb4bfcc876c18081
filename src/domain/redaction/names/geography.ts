const words = (list: string) => new Set(list.trim().split(/\s+/))

/**
 * Countries, nations, languages and towns, in lower case. Many are also surnames ("England",
 * "Preston", "Lincoln"), so on their own they are places; a title or a name beside one still makes
 * it a person ("Dr Preston", "Joan Lincoln").
 */
export const PLACE_NAMES: ReadonlySet<string> = words(`
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
  cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark djibouti dominica
  ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece
  grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
  jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritius mexico moldova monaco
  mongolia montenegro morocco mozambique myanmar namibia nepal netherlands holland nicaragua niger nigeria
  norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa
  senegal serbia seychelles singapore slovakia slovenia somalia somaliland spain sudan suriname sweden switzerland
  syria taiwan tajikistan tanzania thailand togo tonga trinidad tobago tunisia turkey turkmenistan uganda ukraine
  uruguay uzbekistan venezuela vietnam yemen zambia zimbabwe
  britain england scotland wales ulster cornwall europe africa asia america americas antarctica caribbean
  afghan albanian algerian american angolan argentinian armenian australian austrian bangladeshi belgian
  bengali bosnian brazilian british bulgarian burmese cambodian canadian chinese colombian congolese croatian
  cuban cypriot czech danish dutch egyptian english eritrean estonian ethiopian filipino finnish french german
  ghanaian greek gujarati gypsy hindi hungarian icelandic indian indonesian iranian iraqi irish israeli italian
  jamaican japanese kenyan korean kurdish latvian lithuanian malay malaysian maltese mexican moroccan nepali
  nepalese nigerian norwegian pakistani palestinian persian polish portuguese punjabi romanian romany russian
  scottish serbian sikh slovak somali spanish sudanese swedish swiss syrian tamil thai tigrinya turkish ugandan
  ukrainian urdu vietnamese welsh yoruba igbo hausa pashto farsi dari arabic cantonese mandarin sylheti
  aberdeen aylesbury barnsley basildon basingstoke bath bedford belfast birkenhead birmingham blackburn blackpool
  bolton bournemouth bradford brighton bristol cambridge canterbury cardiff carlisle chelmsford cheltenham chester
  chesterfield colchester coventry crawley croydon darlington derby doncaster dudley dundee durham eastbourne
  edinburgh exeter gateshead glasgow gloucester grimsby guildford halifax harrogate hartlepool hastings hereford
  huddersfield hull inverness ipswich kendal kettering lancaster leeds leicester lincoln liverpool london luton
  maidstone manchester middlesbrough milton keynes newcastle newport northampton norwich nottingham oldham oxford
  perth peterborough plymouth portsmouth preston reading redditch rochdale rotherham salford salisbury
  scunthorpe sheffield shrewsbury slough solihull southampton southend stafford stevenage stirling stockport
  stockton stoke sunderland swansea swindon taunton telford torquay truro wakefield walsall warrington
  watford wigan winchester wolverhampton worcester worthing wrexham york bangor aberystwyth llandudno swansea
  derry londonderry armagh newry lisburn dundalk cork galway limerick dublin
  lagos abuja accra nairobi kampala harare lusaka karachi lahore islamabad dhaka sylhet mumbai delhi kolkata
  chennai warsaw krakow bucharest sofia riga vilnius prague budapest paris madrid lisbon rome milan berlin
  amsterdam brussels vienna athens istanbul ankara tehran baghdad kabul damascus beirut cairo dubai riyadh
  manila beijing shanghai tokyo sydney melbourne toronto vancouver boston chicago
`)
