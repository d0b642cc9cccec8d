// The words attribution reads, in one place: verbs that report speech, titles that stand
// before names, nouns that name a person by role, and words that make a name an
// organization's or a document's. Extraction's rules (attribute.ts, resolve.ts,
// people.ts, extract.ts) take their lists from here and nowhere else.

/** Verbs that report speech or writing, as an alternation for a regular expression. */
export const SPEECH_VERBS =
  'said|says|say|told|tells|tell|tweeted|tweets|wrote|writes|added|adds|asked|asks|argued|argues|insisted|insists|warned|warns|joked|jokes|' +
  'noted|notes|explained|explains|continued|continues|replied|replies|responded|responds|stated|states|declared|declares|announced|announces|' +
  'urged|urges|claimed|claims|recalled|recalls|acknowledged|acknowledges|admitted|admits|complained|complains|countered|counters|conceded|' +
  'concedes|suggested|suggests|predicted|predicts|promised|promises|vowed|vows|posted|posts|shouted|yelled|remarked|observed|observes|' +
  'emphasized|emphasizes|emphasised|emphasises|revealed|reveals|disclosed|reflected|chuckled|deadpanned|enthused|ventured|smiled|messaged|reassured|raged|stressed|stresses|contended|contends|maintained|maintains|alleged|alleges|boasted|boasts|quipped|quips|concluded|' +
  'concludes|described|describes|reads|read|found|finds|commented|comments|chanted|chants|put it|puts it|charged|charges|testified|testifies|agreed|agrees|disagreed|disagrees|confessed|fumed|barked|exhorted|bragged|grumbled|inquired|beamed|cautioned|mused|wondered|sighed|laughed|' +
  'exclaimed|recounted|reported|reports|pointed out|points out|went on|goes on|called|calls|call|demanded|demands|thundered|scoffed|snapped|pleaded|' +
  'assured|assures|interjected|reiterated|reiterates|proclaimed|implored|begged|chided|scolded|griped|confirmed|confirms|speculated|reasoned|confided|marveled|marvelled|gushed|teased|rebutted|objected|protested|interrupted|murmured|muttered|screamed|texted|emailed|pledged|pledges|' +
  'instructed|instructs|advised|advises|answered|answers|whispered|cried|echoed|echoes|lamented|laments|opined|opines|retorted|retorts|asserted|asserts|elaborated|clarified|bemoaned|chimed in|weighed in|shot back|fired back|hit back|tweeting|saying|telling|writing|adding|asking|noting|arguing|warning|calling';

/** The speech verbs that introduce a reported statement, "X said that ...": a claim. */
export const CLAIM_VERBS = String.raw`(?:said|says|told(?: [a-z]+){1,3}?|added|asked|warned|insisted|explained|noted|wrote|argued|continued|summari[sz]ed|replied|stated|declared|announced|urged)`;

/**
 * Speech verbs that may stand before their speaker: "The trouble, says Tom Rask, ..." in
 * the middle of a sentence, "Noted Quist: ..." opening one. Not those that take a listener
 * ("told the Ledger"), but for "asked" opening a sentence ("Asked Quist: ...").
 */
export const INVERTING_VERBS = 'said|says|writes|wrote|added|adds|explained|explains|recalled|recalls|noted|notes|argued|argues|continued|continues|insisted|insists|replied|replies|observed|observes|joked|quipped';

/** Words that open a subordinate clause at a sentence's start ("When Quist rose, ...", "While Rask had the votes, ..."), as alternatives of a pattern. */
export const SUBORDINATORS = 'When|While|As|If|After|Before|Although|Though|Because|Since|Once|Until';

/** The commonest speech verbs. */
const COMMON_SPEECH = ['said', 'says', 'told', 'asked', 'added', 'wrote', 'tweeted', 'replied', 'recalled', 'explained'];

/** One of them right after a one-word name makes it a person's ("Greta said"). */
export const SPEAKS_AFTER = new RegExp(String.raw`^,?\s+(?:${COMMON_SPEECH.join('|')})\b`);

/** Any verb of speech right after a name, not only the commonest ("Rask said", "Quist argues"): who is said to speak in a sentence. */
export const SPEAKS_AFTER_ANY = new RegExp(String.raw`^\s+(?:${SPEECH_VERBS})\b`);

/** A character of an apposition: anything but the marks that end one, a stop included, but for one inside a word ("a D.C.-based host", "a U.S. senator"). */
export const APPOSED = String.raw`(?:[^,.;:"“”«»]|\.(?=[\w-]|\s[a-z]))`;

/** So does one after an apposition that describes the name, and an aside ("Ivo Brandt, the oldest captain on the run, as usual, said"). */
export const SPEAKS_AFTER_APPOSITION = new RegExp(String.raw`^,\s+(?:the|a|an)\s${APPOSED}{1,100},(?:\s+[a-z]+(?:\s+[a-z]+)?,)?\s+(?:${COMMON_SPEECH.join('|')})\b`);

/** One of them right before a name, in an inverted cue ("said Chiara Rahman"), makes the name speak ("told" and "tweeted" take a listener or a post). */
export const SPOKEN_BY = new RegExp(String.raw`\b(?:${COMMON_SPEECH.filter((v) => v !== 'told' && v !== 'tweeted').join('|')})\s+$`);

/**
 * Titles written short, with a stop, before a name: "Sen. Ada Quist", "Dr. Holm", the
 * councillors of Canadian and British news ("Coun.", "Ald.", "Cllr") and their police and
 * army ranks ("RCMP Cpl. Ivo Brandt", "Const.", "Supt."). Their stop ends no sentence. As
 * alternatives of a pattern.
 */
export const TITLE_ABBREVIATIONS = 'Mr|Mrs|Ms|Mx|Dr|Prof|Rep|Sen|Gov|Del|Coun|Ald|Cllr|Lt|Gen|Col|Maj|Capt|Cmdr|Adm|Sgt|Cpl|Pte|Const|Cst|Insp|Supt|Det|Rev|Hon|Msgr|Mme|Mlle|Atty';

/** Titles and honorifics that stand before a name and are not part of it. */
export const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr prof rev sir dame lord lady president vice prime minister premier chancellor secretary senator sen ' +
    'del rep representative congressman congresswoman governor gov lt mayor judge justice general gen col colonel ' +
    'coun ald cllr capt captain sgt sergeant cpl corporal pte const cst insp inspector supt superintendent det detective maj adm cmdr hon atty mx mme mlle msgr ' +
    'lieutenant commander admiral rear counsel chairman chairwoman chair speaker ambassador attorney commissioner director chief ' +
    'councillor councilman councilwoman alderman alderwoman whip coach sheriff officer deputy pastor father bishop archbishop cardinal rabbi imam reverend professor king queen prince princess pope ' +
    'master constable marshal warden treasurer ombudsman coroner magistrate brigadier assemblyman assemblywoman ' +
    'former nominee candidate leader the'
  ).split(' '),
);

/** The endings of a noun of one who does something, as an alternation: "driver", "organizer", "columnist", "comedian". */
export const DOER_ENDINGS = 'er|or|ist|ian';

/** Nouns that name a person by role: "the mayor", "a spokesman", "one caller". */
export const PERSON_NOUNS = new Set(
  (
    'mayor senator congressman congresswoman representative president premier governor chancellor minister secretary ' +
    'chairman chairwoman chair director spokesman spokeswoman spokesperson official officer aide adviser advisor ' +
    'candidate nominee businessman businesswoman billionaire lawyer attorney judge justice leader author writer ' +
    'reporter host anchor announcer narrator commentator analyst expert professor teacher student mother father ' +
    'son daughter wife husband woman man sister brother friend neighbor resident voter supporter critic activist ' +
    'organizer pastor priest minister doctor nurse officer sheriff chief commissioner ambassador diplomat general ' +
    'veteran soldier worker employee owner founder executive manager economist scientist researcher curator engineer ' +
    'member questioner moderator insider insiders attorneys officials aides advisers voters supporters critics residents ' +
    'protesters lawmakers members leaders experts analysts sources source ' +
    'challenger rival opponent incumbent contender hopeful frontrunner front-runner lawmaker legislator'
  ).split(' '),
);

/** A parliament's member, capitalized after a party or a place ("the Labour MP said"): a person in a description. */
export const PARLIAMENT_MEMBERS = new Set('mp mep msp mla mpp'.split(' '));

/**
 * More nouns that name a person by role, from news beyond politics (sport, courts, health,
 * families, trades), read as the head of a description ("the goalie said", "the
 * prosecutor argued"): PERSON_NOUNS and these.
 */
export const ROLE_NOUNS = new Set([
  ...PERSON_NOUNS,
  ...(
    'coach player captain seed finalist semifinalist medallist medalist runner-up olympian skipper goalie goaltender goalkeeper keeper striker forward defender defenceman defenseman midfielder quarterback pitcher ' +
    'teammate rookie referee umpire athlete champion prosecutor defendant plaintiff witness juror detective trooper victim suspect ' +
    'physician surgeon patient epidemiologist paramedic pharmacist psychologist psychiatrist widow widower grandmother grandfather ' +
    'aunt uncle cousin niece nephew parent partner farmer fisherman driver pilot chef landlord tenant principal clerk librarian volunteer ' +
    'organiser councillor strategist pollster consultant historian journalist editor columnist photographer producer ' +
    'actor actress singer musician artist novelist poet investor entrepreneur banker trader ceo steward predecessor successor lady head gunman staffer ' +
    'native survivor retiree pensioner newcomer homeowner shopkeeper commuter passenger motorist cyclist pedestrian shopper tourist bystander eyewitness ' +
    'boss'
  ).split(' '),
  ...PARLIAMENT_MEMBERS,
]);

/** A party's member, a person in a description ("the Democrat said"), though capitalized. */
export const PARTY_MEMBERS = new Set('democrat republican conservative liberal tory'.split(' '));

/** Bodies and groups named by a bare noun in lower case: "police said", "authorities in Bergen said". */
export const GROUP_NOUNS = new Set('police authorities prosecutors investigators witnesses paramedics firefighters people'.split(' '));

/**
 * The last words of a firm's or a body's name that say it is one wherever they stand
 * ("Alnes Air", "Nordvik Harbour Board"), as alternatives of a pattern; not "House",
 * "Hill" or "Post", which end places and papers as often.
 */
export const FIRM_WORDS = 'Air|Airlines|Airways|Bank|Energy|Holdings|Industries|Motors|Group|Company|Corporation|Cooperative|Federation|Hospital|Museum|Airport|Railways?|Authority|Ministry|Board|Commission|Agency|Association|Foundation|Institute|Bureau';

/** Words that make a capitalized name an organization's, not a person's. */
export const ORG_WORDS = new RegExp(String.raw`\b(?:${FIRM_WORDS}|Committee|Council|Department|Party|Campaign|House|Senate|Congress|Court|Times|Post|Journal|News|Network|Union|Office|Center|Centre|University|Republicans|Democrats|Administration|Police|Service|Fund|Nations|Organization|Inc|Hill|Convention|Trust|Ltd|LLC|Corp|Chamber|Society|Club|League|Alliance|Coalition)\b`);

/** Nouns that name what an organization writes: "the statement", "the article". */
export const DOCUMENT_NOUNS = new Set('statement article piece story editorial column memo report release'.split(' '));

/** More of what someone writes or publishes, read as theirs only where the text says whose it is ("Quist's email", "a letter from the board"). */
export const WRITINGS = new Set([...DOCUMENT_NOUNS, ...'email letter tweet post filing lawsuit complaint study survey analysis document message website ad'.split(' ')]);

/** Where words are said, after "in", "on", "at": "in an interview", "at a news conference", "on a call". */
export const OCCASIONS = new Set('interview conference call speech hearing meeting video briefing appearance broadcast podcast radio television rally'.split(' '));

/** The days of the week, as alternatives of a pattern. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** The months, as alternatives of a pattern. */
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** More nouns of an organization by what it is, read as one named before with that word in its name ("the authority" after "the Nordvik Aviation Authority"), never as whatever organization was named last. */
export const ORG_KINDS = new Set('organisation cooperative society authority ministry airline regulator watchdog broadcaster charity trust club university hospital league federation coalition alliance corporation airport museum'.split(' '));

/** Nouns that name an organization by what it is: "the agency", "the campaign". */
export const ORG_NOUNS = new Set('agency commission committee company campaign department council group organization network newspaper paper court board administration government party union association institute foundation firm bank office bureau'.split(' '));

/** Words that open the name of a place ("Port Brandt", "Fort Lunde", "Glen Alnes"): no first name's, where the name finder does not know the word. */
export const PLACE_OPENERS = new Set('port fort mount lake cape point bay glen camp saint san santa st river falls springs park heights harbour harbor isle island valley county city town village north south east west new upper lower great little old'.split(' '));
