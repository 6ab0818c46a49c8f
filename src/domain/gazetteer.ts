/**
 * How reports name each known party, per language: its names as an actor (country, capital,
 * government, the group's own name) and the stems of its demonyms. The extractor reads every
 * language table's parties from here as well as from the table itself, so a party added here is
 * recognised in every language that has an entry for it, and the ledger and the CLI resolve the
 * same names to the same slugs.
 *
 * Each language's entry is `names ; demonym stems`, items separated by `|`, written in lower case as
 * they appear in text. Names are literal words; the language table says how they inflect (see
 * LanguageTable.nameSuffix). Demonym stems match at a word start and take any ending.
 */

/** Text forms of one party in one language. */
export interface PartyForms {
  names: readonly string[];
  demonyms: readonly string[];
}

type Entry = Readonly<Record<string, string>>;

/** Languages the gazetteer is written for: every language that had a table when it was made. */
export const GAZETTEER_LANGUAGES = ['en', 'ru', 'uk', 'fr', 'es', 'pt', 'it', 'de', 'pl', 'sk', 'cs', 'tr', 'ar', 'he'] as const;

const RAW: Readonly<Record<string, Entry>> = {
  russia: {
    en: 'russia|moscow|kremlin|russian federation|kursk region|kursk oblast|kursk|belgorod region|belgorod oblast|belgorod|bryansk region|bryansk ; russian', ru: 'россия|москва|кремль|российская федерация|курская область|курской области|курскую область|курск|белгородская область|белгородской области|белгородскую область|белгород|брянская область|брянской области|брянскую область|брянск ; российск|русск|россиян|курян|курянин|курянк|белгородц',
    uk: 'росія|москва|кремль|російська федерація|рф|курська область|курської області|курську область|курщина|курщини|курщину|бєлгородська область|бєлгородської області|бєлгород|брянська область|брянськ ; російськ|росіян|курян|курянин|курянк', fr: 'russie|moscou|kremlin|région de koursk|koursk|belgorod|briansk ; russe', es: 'rusia|moscú|moscu|kremlin|región de kursk|kursk|bélgorod|belgorod|briansk ; rus',
    pt: 'rússia|russia|moscou|moscovo|kremlin|região de kursk|kursk|belgorod|briansk ; russ', it: 'russia|mosca|cremlino|regione di kursk|kursk|belgorod|bryansk ; russ', de: 'russland|moskau|kreml|gebiet kursk|region kursk|kursk|belgorod|brjansk ; russ',
    pl: 'rosja|moskwa|kreml|obwód kurski|kursk|biełgorod|briańsk ; rosyj|rosjan', sk: 'rusko|moskva|kremeľ|kurská oblasť|kursk|belgorod ; rusk|rus', cs: 'rusko|moskva|kreml|kurská oblast|kursk|belgorod ; rusk|rus',
    tr: 'rusya|moskova|kremlin|kursk|belgorod|bryansk ; rus', ar: 'روسيا|موسكو|الكرملين|كورسك|بيلغورود ; روس', he: 'רוסיה|מוסקבה|הקרמלין|קורסק|בלגורוד ; רוס',
  },
  ukraine: {
    en: 'ukraine|kyiv|kiev ; ukrainian', ru: 'украина|киев ; украинск|украинц', uk: 'україна|київ ; українськ|українц',
    fr: 'ukraine|kiev|kyiv ; ukrainien', es: 'ucrania|kiev ; ucranian', pt: 'ucrânia|ucrania|kiev|kyiv ; ucranian',
    it: 'ucraina|kiev ; ucrain', de: 'ukraine|kiew ; ukrainer|ukrainisch', pl: 'ukraina|kijów|kijow ; ukraiń', sk: 'ukrajina|kyjev ; ukrajin',
    cs: 'ukrajina|kyjev ; ukrajin', tr: 'ukrayna|kiev ; ukraynal', ar: 'أوكرانيا|اوكرانيا|كييف ; أوكران|اوكران', he: 'אוקראינה|קייב ; אוקראינ',
  },
  israel: {
    en: 'israel|idf ; israeli', ru: 'израиль ; израильск|израильтян', uk: 'ізраїль ; ізраїльськ|ізраїльтян', fr: 'israël|israel|tsahal ; israélien|israelien',
    es: 'israel ; israelí|israeli', pt: 'israel ; israelense|israelita', it: 'israele ; israelian', de: 'israel ; israeli',
    pl: 'izrael ; izrael', sk: 'izrael ; izraels', cs: 'izrael ; izraels', tr: 'israil|i̇srail ; israilli', ar: 'إسرائيل|اسرائيل ; إسرائيلي|اسرائيلي', he: 'ישראל|צה"ל ; ישראלי',
  },
  hamas: {
    en: 'hamas|qassam brigades|gaza|gaza strip ; palestinian|gazan', ru: 'хамас|сектор газа|газа ; палестин', uk: 'хамас|сектор газа|газа ; палестин', fr: 'hamas|gaza|bande de gaza ; palestinien',
    es: 'hamás|hamas|gaza|franja de gaza ; palestin', pt: 'hamas|gaza|faixa de gaza ; palestin', it: 'hamas|gaza|striscia di gaza ; palestines', de: 'hamas|gaza|gazastreifen ; palästinens|palastinens',
    pl: 'hamas|gaza|strefa gazy ; palesty', sk: 'hamas|gaza|pásmo gazy ; palestín', cs: 'hamás|hamas|gaza|pásmo gazy ; palestin', tr: 'hamas|gazze ; filistin', ar: 'حماس|القسام|غزة|قطاع غزة ; فلسطين', he: 'חמאס|עזה|רצועת עזה ; פלסטינ',
  },
  hezbollah: {
    en: 'hezbollah|hizbollah|hizballah', ru: 'хезболла|хизбалла', uk: 'хезболла|хізбалла', fr: 'hezbollah', es: 'hezbolá|hezbola|hezbollah',
    pt: 'hezbollah|hezbolá', it: 'hezbollah', de: 'hisbollah', pl: 'hezbollah', sk: 'hizballáh|hizballah', cs: 'hizballáh|hizballah', tr: 'hizbullah',
    ar: 'حزب الله', he: 'חיזבאללה',
  },
  lebanon: {
    en: 'lebanon|beirut ; lebanese', ru: 'ливан|бейрут ; ливанск|ливанц', uk: 'ліван|бейрут ; ліванськ|ліванц', fr: 'liban|beyrouth ; libanais',
    es: 'líbano|libano|beirut ; libanés|libanes', pt: 'líbano|libano|beirute ; libanês|libanes', it: 'libano|beirut ; liban', de: 'libanon|beirut ; libanes',
    pl: 'liban|bejrut ; liban', sk: 'libanon|bejrút ; libanon', cs: 'libanon|bejrút ; libanon', tr: 'lübnan|beyrut ; lübnanlı', ar: 'لبنان|بيروت ; لبناني', he: 'לבנון|ביירות ; לבנונ',
  },
  houthis: {
    en: 'houthis|houthi|huthis|ansar allah ; houthi', ru: 'хуситы|хусит ; хусит', uk: 'хусити|хуситів ; хусит', fr: 'houthis|houthistes ; houthi',
    es: 'hutíes|huties|hutí ; huti', pt: 'houthis|huthis ; houthi', it: 'houthi|huthi ; houthi', de: 'huthi|houthi ; huthi', pl: 'huti|hutysi ; hutys',
    sk: 'húsíovia|húsí ; húsí', cs: 'húsíové|húsí ; húsí', tr: 'husiler|husi ; husi', ar: 'الحوثيين|الحوثيون|أنصار الله ; حوثي', he: 'החות\'ים|חות\'ים ; חות\'',
  },
  'yemeni-government': {
    en: 'yemeni government|government of yemen|aden', ru: 'правительство йемена|аден', uk: 'уряд ємену|аден', fr: 'gouvernement yéménite|aden',
    es: 'gobierno yemení|adén', pt: 'governo iemenita|áden', it: 'governo yemenita|aden', de: 'jemenitische regierung|aden', pl: 'rząd jemenu|aden',
    sk: 'jemenská vláda', cs: 'jemenská vláda', tr: 'yemen hükümeti|aden', ar: 'الحكومة اليمنية|الحكومة الشرعية|عدن', he: 'ממשלת תימן',
  },
  'saudi-led-coalition': {
    en: 'saudi-led coalition|saudi arabia|riyadh ; saudi', ru: 'саудовская аравия|эр-рияд ; саудовск', uk: 'саудівська аравія|ер-ріяд ; саудівськ',
    fr: 'arabie saoudite|riyad ; saoudien', es: 'arabia saudí|arabia saudita|riad ; saudí', pt: 'arábia saudita|riad ; saudita', it: 'arabia saudita|riad ; saudit',
    de: 'saudi-arabien|riad ; saudisch', pl: 'arabia saudyjska|rijad ; saudyjsk', sk: 'saudská arábia ; saudsk', cs: 'saúdská arábie ; saúdsk', tr: 'suudi arabistan|riyad ; suudi',
    ar: 'السعودية|الرياض ; سعودي', he: 'ערב הסעודית ; סעודי',
  },
  armenia: {
    en: 'armenia|yerevan ; armenian', ru: 'армения|ереван ; армянск|армян', uk: 'вірменія|єреван ; вірменськ|вірмен', fr: 'arménie|armenie|erevan ; arménien|armenien',
    es: 'armenia|ereván|erevan ; armeni', pt: 'armênia|arménia|armenia|ierevan ; armêni|armeni', it: 'armenia|erevan ; armen', de: 'armenien|eriwan ; armeni',
    pl: 'armenia|erywań ; ormia', sk: 'arménsko|jerevan ; armén', cs: 'arménie|jerevan ; armén', tr: 'ermenistan|erivan ; ermeni', ar: 'أرمينيا|يريفان ; أرمني|ارمني', he: 'ארמניה|ירוואן ; ארמנ',
  },
  azerbaijan: {
    en: 'azerbaijan|baku ; azerbaijani|azeri', ru: 'азербайджан|баку ; азербайджанск|азербайджанц', uk: 'азербайджан|баку ; азербайджанськ|азербайджанц',
    fr: 'azerbaïdjan|azerbaidjan|bakou ; azerbaïdjanais|azéri', es: 'azerbaiyán|azerbaiyan|bakú ; azerbaiyan|azerí', pt: 'azerbaijão|baku ; azerbaijan|azeri',
    it: 'azerbaigian|baku ; azer', de: 'aserbaidschan|baku ; aserbaidschan', pl: 'azerbejdżan|baku ; azerb', sk: 'azerbajdžan|baku ; azerbajdžan',
    cs: 'ázerbájdžán|azerbajdžán|baku ; ázerbájdžán|azer', tr: 'azerbaycan|bakü ; azerbaycanl|azeri', ar: 'أذربيجان|باكو ; أذربيجاني|أذري', he: 'אזרבייג\'ן|באקו ; אזרי',
  },
  rsf: {
    en: 'rapid support forces|rsf', ru: 'силы быстрой поддержки', uk: 'сили швидкої підтримки|сшп', fr: 'forces de soutien rapide|fsr',
    es: 'fuerzas de apoyo rápido', pt: 'forças de apoio rápido', it: 'forze di supporto rapido', de: 'rapid support forces|rsf',
    pl: 'siły szybkiego wsparcia', sk: 'jednotky rýchlej podpory', cs: 'jednotky rychlé podpory', tr: 'hızlı destek kuvvetleri', ar: 'الدعم السريع|قوات الدعم السريع', he: 'כוחות התמיכה המהירה',
  },
  saf: {
    en: 'sudanese armed forces|sudanese army|saf', ru: 'суданская армия|вооруженные силы судана', uk: 'суданська армія|збройні сили судану',
    fr: 'armée soudanaise|forces armées soudanaises', es: 'ejército sudanés|fuerzas armadas sudanesas', pt: 'exército sudanês|forças armadas sudanesas',
    it: 'esercito sudanese|forze armate sudanesi', de: 'sudanesische armee', pl: 'armia sudańska', sk: 'sudánska armáda', cs: 'súdánská armáda',
    tr: 'sudan ordusu', ar: 'الجيش السوداني|القوات المسلحة السودانية', he: 'צבא סודאן',
  },
  eln: { en: 'eln|national liberation army', es: 'eln|ejército de liberación nacional', fr: 'eln|armée de libération nationale', pt: 'eln', it: 'eln', de: 'eln', ru: 'армия национального освобождения' },
  farc: { en: 'farc', es: 'farc|farc-ep', fr: 'farc', pt: 'farc', it: 'farc', de: 'farc', ru: 'фарк', uk: 'фарк', pl: 'farc', tr: 'farc', ar: 'فارك', he: 'פארק' },
  colombia: {
    en: 'colombia|bogota|bogotá ; colombian', es: 'colombia|bogotá|bogota ; colombian', fr: 'colombie|bogota ; colombien', pt: 'colômbia|colombia|bogotá ; colombian',
    it: 'colombia|bogotà ; colombian', de: 'kolumbien|bogotá ; kolumbian', ru: 'колумбия|богота ; колумбийск', uk: 'колумбія|богота ; колумбійськ',
    pl: 'kolumbia|bogota ; kolumbij', sk: 'kolumbia ; kolumbij', cs: 'kolumbie ; kolumbij', tr: 'kolombiya ; kolombiyal', ar: 'كولومبيا ; كولومبي', he: 'קולומביה ; קולומביאנ',
  },
  ethiopia: {
    en: 'ethiopia|addis ababa|ethiopian government|ethiopian army|endf ; ethiopian', ru: 'эфиопия|аддис-абеба ; эфиопск', uk: 'ефіопія|аддис-абеба ; ефіопськ',
    fr: 'éthiopie|ethiopie|addis-abeba ; éthiopien|ethiopien', es: 'etiopía|etiopia|adís abeba ; etíope|etiope', pt: 'etiópia|etiopia|adis abeba ; etíope',
    it: 'etiopia|addis abeba ; etiop', de: 'äthiopien|addis abeba ; äthiopisch', pl: 'etiopia|addis abeba ; etiops', sk: 'etiópia ; etióps', cs: 'etiopie ; etiops',
    tr: 'etiyopya ; etiyopyal', ar: 'إثيوبيا|أديس أبابا ; إثيوبي', he: 'אתיופיה ; אתיופ',
  },
  tplf: {
    en: "tplf|tigray people's liberation front|tigray forces|tigrayan forces|tigray defense forces|tdf ; tigrayan", ru: 'нфот|тыграй ; тыграйск', uk: 'нфот|тиграй ; тиграйськ',
    fr: 'tplf|fplt|forces tigréennes ; tigréen', es: 'fplt|tplf ; tigray', pt: 'tplf ; tigray', it: 'tplf ; tigrin', de: 'tplf|tigray-rebellen ; tigray',
    pl: 'tplf', sk: 'tplf', cs: 'tplf', tr: 'tplf', ar: 'جبهة تحرير تيغراي', he: 'טיגראי',
  },
  sdf: {
    en: 'sdf|syrian democratic forces|ypg|pkk/ypg', ru: 'сдс|сирийские демократические силы', uk: 'сдс|сирійські демократичні сили', fr: 'fds|forces démocratiques syriennes',
    es: 'fds|fuerzas democráticas sirias', pt: 'fds|forças democráticas sírias', it: 'fds|forze democratiche siriane', de: 'sdf|syrische demokratische kräfte',
    pl: 'sds|syryjskie siły demokratyczne', sk: 'sds', cs: 'sds', tr: 'sdg|ypg|pkk/ypg|pkk/sdg', ar: 'قسد|قوات سوريا الديمقراطية', he: 'הכוחות הדמוקרטיים של סוריה',
  },
  'syrian-government': {
    en: 'syrian government|damascus|syrian regime|assad regime', ru: 'правительство сирии|дамаск|сирийское правительство', uk: 'уряд сирії|дамаск',
    fr: 'gouvernement syrien|damas|régime syrien', es: 'gobierno sirio|damasco|régimen sirio', pt: 'governo sírio|damasco', it: 'governo siriano|damasco',
    de: 'syrische regierung|damaskus', pl: 'rząd syryjski|damaszek', sk: 'sýrska vláda|damask', cs: 'syrská vláda|damašek', tr: 'suriye hükümeti|şam|esed rejimi',
    ar: 'الحكومة السورية|دمشق|النظام السوري', he: 'ממשלת סוריה|דמשק',
  },
  'syrian-opposition': {
    en: 'syrian opposition|free syrian army|syrian national army', tr: 'muhalifler|suriye milli ordusu|özgür suriye ordusu|öso|smo', ar: 'المعارضة السورية|الجيش الوطني السوري|فصائل المعارضة',
    fr: 'opposition syrienne|armée nationale syrienne', ru: 'сирийская оппозиция', uk: 'сирійська опозиція', de: 'syrische opposition', es: 'oposición siria',
  },
  iran: {
    en: 'iran|tehran ; iranian', ru: 'иран|тегеран ; иранск|иранц', uk: 'іран|тегеран ; іранськ|іранц', fr: 'iran|téhéran|teheran ; iranien',
    es: 'irán|iran|teherán ; iraní|irani', pt: 'irã|irão|iran|teerã|teerão ; iranian', it: 'iran|teheran ; iranian', de: 'iran|teheran ; iraner|iranisch',
    pl: 'iran|teheran ; irańs|irańczy', sk: 'irán|teherán ; iráns|irán', cs: 'írán|teherán ; íráns|írán', tr: 'iran|tahran ; iranlı',
    ar: 'إيران|ايران|طهران ; إيراني|ايراني', he: 'איראן|טהרן ; איראנ',
  },
  iraq: {
    en: 'iraq|baghdad ; iraqi', ru: 'ирак|багдад ; иракск|иракц', uk: 'ірак|багдад ; іракськ|іракц', fr: 'irak|bagdad ; irakien', es: 'irak|iraq|bagdad ; iraquí|iraqui',
    pt: 'iraque|bagdá|bagdade ; iraquian', it: 'iraq|baghdad ; irachen', de: 'irak|bagdad ; iraker|irakisch', pl: 'irak|bagdad ; iracki|irakijczy',
    sk: 'irak|bagdad ; iracký|iračan', cs: 'irák|bagdád ; irácký|iráčan', tr: 'irak|bağdat ; iraklı', ar: 'العراق|بغداد ; عراقي', he: 'עיראק|בגדאד ; עיראק',
  },
  india: {
    en: 'india|new delhi ; indian', ru: 'индия|нью-дели ; индийск', uk: 'індія|нью-делі ; індійськ', fr: 'inde|new delhi ; indien', es: 'india|nueva delhi ; indio|hindú',
    pt: 'índia|india|nova déli ; indian', it: 'india|nuova delhi ; indian', de: 'indien|neu-delhi ; indisch|inder', pl: 'indie|nowe delhi ; indyj|hindus',
    sk: 'india ; indick', cs: 'indie ; indick', tr: 'hindistan|yeni delhi ; hintli', ar: 'الهند|نيودلهي ; هندي', he: 'הודו ; הודי',
  },
  pakistan: {
    en: 'pakistan|islamabad ; pakistani', ru: 'пакистан|исламабад ; пакистанск', uk: 'пакистан|ісламабад ; пакистанськ', fr: 'pakistan|islamabad ; pakistanais',
    es: 'pakistán|pakistan|islamabad ; paquistan|pakistan', pt: 'paquistão|islamabad ; paquistan', it: 'pakistan|islamabad ; pakistan', de: 'pakistan|islamabad ; pakistan',
    pl: 'pakistan|islamabad ; pakistań', sk: 'pakistan ; pakistan', cs: 'pákistán ; pákistán', tr: 'pakistan|islamabad ; pakistanlı', ar: 'باكستان|إسلام آباد ; باكستاني', he: 'פקיסטן ; פקיסטנ',
  },
  taliban: {
    en: 'taliban|islamic emirate', ru: 'талибан|талибы ; талиб', uk: 'талібан|таліби ; таліб', fr: 'talibans|taliban', es: 'talibanes|talibán', pt: 'talibã|taliban',
    it: 'talebani', de: 'taliban', pl: 'talibowie|talibów', sk: 'taliban', cs: 'tálibán', tr: 'taliban', ar: 'طالبان', he: 'הטליבאן|טליבאן',
  },
  'afghan-government': {
    en: 'afghan government|kabul ; afghan', ru: 'правительство афганистана|кабул ; афганск', uk: 'уряд афганістану|кабул ; афганськ', fr: 'gouvernement afghan|kaboul ; afghan',
    es: 'gobierno afgano|kabul ; afgan', pt: 'governo afegão|cabul ; afeg', it: 'governo afghano|kabul ; afghan', de: 'afghanische regierung|kabul ; afghan',
    pl: 'rząd afgański|kabul ; afgańs', sk: 'afganská vláda', cs: 'afghánská vláda', tr: 'afgan hükümeti|kabil ; afgan', ar: 'الحكومة الأفغانية|كابول ; أفغاني', he: 'ממשלת אפגניסטן',
  },
  m23: { en: 'm23|march 23 movement', fr: 'm23|mouvement du 23 mars', es: 'm23', pt: 'm23', it: 'm23', de: 'm23', ru: 'м23|m23', uk: 'м23|m23', pl: 'm23', sk: 'm23', cs: 'm23', tr: 'm23', ar: 'إم 23|ام 23', he: 'm23' },
  drc: {
    en: 'dr congo|drc|democratic republic of the congo|kinshasa ; congolese', fr: 'rdc|rd congo|république démocratique du congo|kinshasa ; congolais',
    es: 'rdc|república democrática del congo ; congoleñ', pt: 'rdc|república democrática do congo ; congoles', it: 'rdc|repubblica democratica del congo ; congoles',
    de: 'kongo|demokratische republik kongo ; kongoles', ru: 'дрк|демократическая республика конго|киншаса ; конголезск', uk: 'дрк|демократична республіка конго ; конголезьк',
    pl: 'dr konga|demokratyczna republika konga', tr: 'kongo demokratik cumhuriyeti', ar: 'الكونغو الديمقراطية', he: 'קונגו',
  },
  'myanmar-military': {
    en: 'myanmar military|myanmar army|tatmadaw|myanmar junta|naypyitaw|naypyidaw ; burmese', ru: 'армия мьянмы|хунта мьянмы|татмадау ; мьянманск',
    uk: "армія м'янми|хунта м'янми ; м'янманськ", fr: 'armée birmane|junte birmane|tatmadaw ; birman', es: 'ejército birmano|junta birmana|junta militar birmana ; birman',
    pt: 'junta birmanesa|exército birmanês ; birman', it: 'giunta birmana|esercito birmano ; birman', de: 'myanmars militär|tatmadaw ; birmanisch|myanmarisch',
    pl: 'junta birmańska|armia birmańska', tr: 'myanmar ordusu|myanmar cuntası', ar: 'جيش ميانمار|المجلس العسكري في ميانمار', he: 'צבא מיאנמר',
  },
  'arakan-army': { en: 'arakan army', fr: 'armée d\'arakan', es: 'ejército de arakan', de: 'arakan army|arakan-armee', ru: 'армия аракана', uk: 'армія аракану' },
  mndaa: { en: 'mndaa|myanmar national democratic alliance army', fr: 'mndaa', de: 'mndaa', ru: 'мндаа' },
  tnla: { en: 'tnla|taang national liberation army|ta\'ang national liberation army', fr: 'tnla', de: 'tnla', ru: 'тнла' },
  'kachin-independence-army': { en: 'kachin independence army|kia', fr: 'armée pour l\'indépendance kachin', de: 'kachin independence army', ru: 'армия независимости качина' },
  'peoples-defence-force': { en: "people's defence force|people's defense force|peoples defence force", fr: 'forces de défense du peuple', de: 'volksverteidigungskräfte' },
  belarus: {
    en: 'belarus|minsk ; belarusian', ru: 'белоруссия|беларусь|минск ; белорусск|белорус', uk: 'білорусь|мінськ ; білоруськ|білорус', fr: 'biélorussie|bielorussie|minsk ; biélorusse',
    es: 'bielorrusia|minsk ; bielorrus', pt: 'bielorrússia|belarus|minsk ; bielorruss', it: 'bielorussia|minsk ; bielorus', de: 'belarus|weißrussland|minsk ; belarussisch|weißrussisch',
    pl: 'białoruś|mińsk ; białorus', sk: 'bielorusko|minsk ; bielorus', cs: 'bělorusko|minsk ; bělorus', tr: 'belarus|minsk ; belaruslu', ar: 'بيلاروس|مينسك ; بيلاروسي', he: 'בלארוס|מינסק ; בלארוס',
  },
  'united-states': {
    en: 'united states|usa|washington|white house ; american', ru: 'сша|соединенные штаты|вашингтон|белый дом ; американск|американц', uk: 'сша|сполучені штати|вашингтон|білий дім ; американськ|американц',
    fr: 'états-unis|etats-unis|washington|maison blanche ; américain|americain', es: 'estados unidos|eeuu|ee.uu.|washington|casa blanca ; estadounidense|norteamerican',
    pt: 'estados unidos|eua|washington|casa branca ; american|estadunidense', it: 'stati uniti|usa|washington|casa bianca ; american|statunitens',
    de: 'usa|vereinigte staaten|washington|weißes haus ; amerikan|us-amerikan', pl: 'usa|stany zjednoczone|waszyngton|biały dom ; amerykań|amerykan',
    sk: 'usa|spojené štáty|washington|biely dom ; americk|američan', cs: 'usa|spojené státy|washington|bílý dům ; americk|američan',
    tr: 'abd|amerika birleşik devletleri|washington|beyaz saray ; amerikalı|amerikan', ar: 'الولايات المتحدة|واشنطن|البيت الأبيض ; أمريكي|أميركي', he: 'ארצות הברית|ארה"ב|וושינגטון|הבית הלבן ; אמריקא|אמריקנ',
  },
  venezuela: {
    en: 'venezuela|caracas ; venezuelan', es: 'venezuela|caracas ; venezolan', fr: 'venezuela|caracas ; vénézuélien', pt: 'venezuela|caracas ; venezuelan',
    it: 'venezuela|caracas ; venezuelan', de: 'venezuela|caracas ; venezolan', ru: 'венесуэла|каракас ; венесуэльск|венесуэльц', uk: 'венесуела|каракас ; венесуельськ|венесуельц',
    pl: 'wenezuela|caracas ; wenezuel', sk: 'venezuela ; venezuel', cs: 'venezuela ; venezuel', tr: 'venezuela|karakas ; venezuelalı', ar: 'فنزويلا|كاراكاس ; فنزويلي', he: 'ונצואלה ; ונצואלי',
  },
  'el-salvador': {
    en: 'el salvador|san salvador ; salvadoran', es: 'el salvador ; salvadoreñ', fr: 'salvador ; salvadorien', pt: 'el salvador ; salvadorenh', it: 'el salvador ; salvadoregn',
    de: 'el salvador ; salvadorian', ru: 'сальвадор ; сальвадорск', uk: 'сальвадор ; сальвадорськ', tr: 'el salvador', ar: 'السلفادور', he: 'אל סלבדור',
  },
  lithuania: {
    en: 'lithuania|vilnius ; lithuanian', ru: 'литва|вильнюс ; литовск|литовц', uk: 'литва|вільнюс ; литовськ|литовц', fr: 'lituanie|vilnius ; lituanien',
    es: 'lituania|vilna ; lituan', pt: 'lituânia|vilnius ; lituan', it: 'lituania|vilnius ; lituan', de: 'litauen|vilnius|wilna ; litau', pl: 'litwa|wilno ; litew|litwin',
    sk: 'litva|vilnius ; litov', cs: 'litva|vilnius ; litev', tr: 'litvanya|vilnius ; litvanyal', ar: 'ليتوانيا ; ليتواني', he: 'ליטא ; ליטאי',
  },
  latvia: { en: 'latvia|riga ; latvian', ru: 'латвия|рига ; латвийск|латыш', uk: 'латвія|рига ; латвійськ|латиш', fr: 'lettonie ; letton', de: 'lettland ; lett', pl: 'łotwa ; łotew|łotysz', es: 'letonia ; leton', it: 'lettonia ; letton' },
  poland: { en: 'poland|warsaw ; polish', ru: 'польша|варшава ; польск|поляк', uk: 'польща|варшава ; польськ|поляк', fr: 'pologne|varsovie ; polonais', de: 'polen|warschau ; polnisch', pl: 'polska|warszawa ; polsk|polak', es: 'polonia|varsovia ; polac', it: 'polonia|varsavia ; polacc' },
  germany: { en: 'germany|berlin ; german', ru: 'германия|берлин|фрг ; немецк|германск|немц', uk: 'німеччина|берлін|фрн ; німецьк|німц', fr: 'allemagne|berlin ; allemand', de: 'deutschland|berlin|bundesregierung ; deutsch', pl: 'niemcy|berlin ; niemi', es: 'alemania|berlín ; alemán|aleman', it: 'germania|berlino ; tedesc', tr: 'almanya|berlin ; alman' },
  france: { en: 'france|paris ; french', ru: 'франция|париж ; французск|француз', uk: 'франція|париж ; французьк|француз', fr: 'france|paris ; français|francais', de: 'frankreich|paris ; französisch|franzos', es: 'francia|parís ; francés|frances', it: 'francia|parigi ; frances' },
  'united-kingdom': { en: 'united kingdom|britain|london ; british', ru: 'великобритания|лондон ; британск', uk: 'велика британія|британія|лондон ; британськ', fr: 'royaume-uni|londres ; britannique', de: 'großbritannien|london ; britisch', es: 'reino unido|londres ; británic', it: 'regno unito|londra ; britannic' },
  sweden: { en: 'sweden|stockholm ; swedish|swede', ru: 'швеция|стокгольм ; шведск|швед', uk: 'швеція|стокгольм ; шведськ|швед', fr: 'suède|stockholm ; suédois', de: 'schweden|stockholm ; schwed', es: 'suecia|estocolmo ; sueco', it: 'svezia|stoccolma ; svedes', tr: 'isveç|stokholm ; isveçli', ar: 'السويد ; سويدي', pl: 'szwecja ; szwedz|szwed' },
  belgium: { en: 'belgium|brussels ; belgian', fr: 'belgique|bruxelles ; belge', de: 'belgien|brüssel ; belgisch|belgier', ru: 'бельгия|брюссель ; бельгийск', uk: 'бельгія|брюссель ; бельгійськ', es: 'bélgica|bruselas ; belga', it: 'belgio|bruxelles ; belg', ar: 'بلجيكا ; بلجيكي' },
  nigeria: { en: 'nigeria|abuja|nigerian government ; nigerian', fr: 'nigeria|nigéria|abuja ; nigérian', es: 'nigeria|abuya ; nigerian', de: 'nigeria|abuja ; nigerian', ru: 'нигерия|абуджа ; нигерийск', uk: 'нігерія|абуджа ; нігерійськ', it: 'nigeria ; nigerian', pt: 'nigéria ; nigerian', tr: 'nijerya ; nijeryalı', ar: 'نيجيريا ; نيجيري' },
  'boko-haram': { en: 'boko haram', fr: 'boko haram', es: 'boko haram', pt: 'boko haram', it: 'boko haram', de: 'boko haram', ru: 'боко харам', uk: 'боко харам', pl: 'boko haram', tr: 'boko haram', ar: 'بوكو حرام', he: 'בוקו חראם' },
  gna: { en: 'government of national accord|gna', fr: "gouvernement d'union nationale|gna", es: 'gobierno de acuerdo nacional|gna', de: 'einheitsregierung', it: 'governo di accordo nazionale', ar: 'حكومة الوفاق', ru: 'правительство национального согласия|пнс', tr: 'ulusal mutabakat hükümeti' },
  lna: { en: 'libyan national army|lna|haftar|hifter', fr: 'armée nationale libyenne|anl|haftar', es: 'ejército nacional libio|haftar', de: 'libysche nationalarmee|haftar', it: 'esercito nazionale libico|haftar', ar: 'الجيش الوطني الليبي|حفتر', ru: 'ливийская национальная армия|лна|хафтар', tr: 'hafter|libya ulusal ordusu' },
};

const parse = (s: string | undefined): PartyForms => {
  const [names = '', demonyms = ''] = (s ?? '').split(';');
  const list = (x: string): string[] => x.split('|').map((w) => w.trim().toLowerCase()).filter(Boolean);
  return { names: list(names), demonyms: list(demonyms) };
};

/** The text forms of a party in a language (empty when the gazetteer has none). */
export function partyForms(slug: string, language: string): PartyForms {
  return parse(RAW[slug]?.[language]);
}

/** Every slug with text forms, and the languages each is written in. */
export function gazetteerSlugs(): string[] {
  return Object.keys(RAW);
}

/** Every (slug, forms) pair a language's gazetteer holds, in list order. */
export function gazetteerFor(language: string): Array<[slug: string, forms: PartyForms]> {
  const out: Array<[string, PartyForms]> = [];
  for (const [slug, entry] of Object.entries(RAW)) {
    const forms = parse(entry[language]);
    if (forms.names.length || forms.demonyms.length) out.push([slug, forms]);
  }
  return out;
}
