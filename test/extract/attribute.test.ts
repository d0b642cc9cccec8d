import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extract/attribute.js';
import { extractDataset } from '../../src/extract/extract.js';

// Each attribution rule on its own cases, invented for the purpose: the quotation's
// speaker, and the rule that named it. The rules are tried in the order RULES lists them.

/** The quotations of `text`: words, speaker's name, rule and confidence. */
function attributed(text: string): [string, string | null, string, string][] {
  const data = extractDataset(text, { id: 'a' });
  const name = (id: string | null) => data.entities.find((e) => e.id === id)?.name ?? null;
  return data.records.flatMap((r) => (r.kind === 'quote' ? [[r.text, name(r.speaker), r.attribution?.rule ?? '', r.attribution?.confidence ?? '']] : []));
}

/** Each quotation's speaker's name and confidence, in order. */
function sureOf(text: string): [string | null, string][] {
  return attributed(text).map(([, speaker, , confidence]) => [speaker, confidence]);
}

/** The speaker and rule of the quotation that holds `words`. */
function who(text: string, words: string): [string | null, string] {
  const hit = attributed(text).find(([quote]) => quote.includes(words));
  if (!hit) throw new Error(`no quotation holds ${words}`);
  return [hit[1], hit[2]];
}

type Case = [string, string, string, string | null];

const cases: Record<string, Case[]> = {
  'transcript-label': [
    ['a label inside the marks', 'Lena Moss spoke to Tom Brandt.\n\n"MOSS: Will she be there?"', 'Will she', 'Lena Moss'],
    ['a label before the marks', 'Lena Moss spoke to Tom Brandt.\n\nBRANDT: "She will not."', 'She will not', 'Tom Brandt'],
  ],
  'name-label': [
    ['someone\'s reply, named before a colon', 'Tom Rask and Ada Quist met on Monday. Rask\'s reply: "Never."', 'Never', 'Tom Rask'],
    ['a known name as a label', 'Greta Holm voted no. Holm: "The roof leaks."', 'roof leaks', 'Greta Holm'],
    ['a name and a colon inside a sentence', 'Tom Rask spoke first. The vote did not surprise harbour delegate Greta Holm: "We counted the boats."', 'counted the boats', 'Greta Holm'],
  ],
  'cue-after-verb': [
    ['a full name the name finder does not know after a noun of one who practises something ("said marine biologist X of the University of Y")', 'Cod stocks are falling.\n\n"We warned of this in 2019," said marine biologist Ngozi Okonkwo of the University of Bergen.', 'warned of this', 'Ngozi Okonkwo'],
    ['a name the name finder does not know, in apposition to a description at the sentence\'s end, named in full', 'The museum will charge for entry.\n\n"Free entry was a gift we could no longer afford," said the director, Priyanka Raghunathan. She said the grant had been cut.\n\nThe city\'s culture councillor, Kwame Mensah, said the museum "must find its own feet."\n\n"We will review the fee in a year," Raghunathan said.', 'Free entry', 'Priyanka Raghunathan'],
    ['a name with a title written short, in apposition to a description', 'Schools closed early.\n\n"Classrooms are not safe in this heat," said the region\'s chief medical officer, Dr. Siosaia Tupou. He urged parents to keep children indoors.', 'not safe', 'Siosaia Tupou'],
    ['said and a title', '"We will appeal," said Rep. Dana Hollis of Oregon.', 'appeal', 'Dana Hollis'],
    ['a name in apposition to someone\'s role', 'Tom Rask was sentenced. "He will appeal," said Tom Rask\'s lawyer, Ada Quist.', 'will appeal', 'Ada Quist'],
    ['instructed, and a name', '"Don\'t get nervous," instructed Milton Velez.', 'nervous', 'Milton Velez'],
    ['a name of four parts, whole', 'The caucus met on Tuesday. "It is a betrayal of the workers," says Diego Luis Castro Brandt, a farmer.', 'betrayal', 'Diego Luis Castro Brandt'],
    ['a first name the name finder does not know, kept', '"We cannot pay the bills," said Chiara Rahman, the director.\n\nRahman said staff were told.', 'pay the bills', 'Chiara Rahman'],
    ['a role, then a name nobody had found', 'The party met.\n\n"The fuss will pass," said party boss Lars Brekke.', 'fuss will pass', 'Lars Brekke'],
    ['a titled name with a word that is also an adjective', 'The vote was close.\n\n"We will see," said State Sen. Ivo Sharp (R), an early backer.', 'We will see', 'Ivo Sharp'],
    ['a known first name that begins another name', 'John Halvorsen spoke first.\n\n"We will see," said John Berg Lund, a reporter.', 'We will see', 'John Berg Lund'],
    ['a service and a rank before the name are no part of it', '"We hold the line," said Army Capt. Mara Olsen, who leads the unit.', 'hold the line', 'Mara Olsen'],
    ['a first name that is also a word, after a role word', 'Ada Quist ran. "The plan will fail," said Quist campaign spokesman Hogan Verity.', 'plan will fail', 'Hogan Verity'],
    ['the head of a description that names two people', 'Ada Quist ran. "The figures add up," said Quist campaign spokesman Josh Ferris.', 'figures add up', 'Josh Ferris'],
    ['the name in apposition to a description', 'The boat left at noon. "It will come back," said a spokeswoman for the board, Ada Quist.', 'come back', 'Ada Quist'],
    ['a description, without the occasion and the time after it', 'The boat left at noon. "It will come back," said a spokeswoman for the Harbour Board in a statement on Monday.', 'come back', 'spokeswoman for the Harbour Board'],
    ['a description, without the relative clause after it', 'The boat left at noon. "It will come back," said a harbour pilot who asked not to be named.', 'come back', 'harbour pilot'],
    ['titles of any kind before a name nobody had found: a person, not an organization', 'The fire spread fast.\n\n"It was over in minutes," said Deputy Chief Thandeka Dlamini.', 'over in minutes', 'Thandeka Dlamini'],
    ['a whip is a title, no part of the name', 'The vote was close. "We will vote," said Senate Minority Whip Ada Quist.', 'We will vote', 'Ada Quist'],
    ['a title with what it is of', 'The vote was close. "We will vote," said Minister of Fisheries Ivo Brandt.', 'We will vote', 'Ivo Brandt'],
    ['a name in letters beyond Latin-1', 'The boats stayed in. "The nets are empty," said Ömer Şahin, a harbour pilot.', 'nets are empty', 'Ömer Şahin'],
  ],
  'according-after': [
    ['according to an organization', 'Ada Quist runs the board. The plant was "unsafe for years," according to the water board.', 'unsafe', 'water board'],
    ['according to a writing of an organization described in lower case: the organization', 'Tom Rask spoke.\n\n"The decision was unexpected," according to a statement from the transport ministry.', 'unexpected', 'transport ministry'],
    ['according to an organization named after the last person', 'Tom Rask saw the whales.\n\n"The birds are at risk," according to the New Zealand Department of Conservation.', 'birds', 'New Zealand Department of Conservation'],
  ],
  signature: [
    ['a dash and a name', '"Build the bridge first." ― Olga Brandt', 'Build the bridge', 'Olga Brandt'],
    ['a paragraph of a dash and a name under a quotation that is its whole paragraph', 'Tom Rask and Olga Brandt debated the ferries. We checked two claims.\n\n"The ferries lose money every year."\n\n- Olga Brandt.\n\n"Nobody rides the night boat."\n\n– Rask.', 'night boat', 'Tom Rask'],
  ],
  'cue-after': [
    ['"the airline" after an airline named with "Air", which the name finder missed', 'Alnes Air cut three routes on Monday.\n\n"Demand is simply not there," the airline said.', 'Demand', 'Alnes Air'],
    ['"it" after an organization named after a noun that says what it is ("the ferry operator Nordlys"), and named again alone', 'The Seafarers\' Union and the ferry operator Nordlys traded blame on Monday.\n\nIn a statement, the union said the company had walked away.\n\nNordlys rejected that account. "We remain ready to talk at any hour," it said.', 'ready to talk', 'Nordlys'],
    ['a question, then "told", whom and where, as a sentence of its own', 'Ada Quist toured the harbour with Tom Rask.\n\nRask said the timetable would not change.\n\n"Will the ferry still run in winter?" Quist told the Alnes Ledger during a visit to the quay on Friday, after the board met.', 'run in winter', 'Ada Quist'],
    ['a pronoun means a person the name finder does not know, after a noun of a role capitalized as it opens the sentence', 'Nordvik Motors is recalling 40,000 cars. "They knew for a year," campaigner Priyanka Raghunathan said.\n\nShares fell 6% on the news. Analyst Aigerim Bekova of Harbour Bank said investors were worried. "A recall this size can run into hundreds of millions," she wrote in a note to clients.', 'hundreds of millions', 'Aigerim Bekova'],
    ['a full name in apposition to someone\'s kin has the kin\'s gender, whatever pronoun follows it ("His daughter, X, said he died")', 'Thandeka Dlamini, the pianist, has died at his home in Alnes.\n\nHis daughter, Priyanka Raghunathan, said he died peacefully on Sunday. "He played until the very end," she said.', 'very end', 'Priyanka Raghunathan'],
    ['a sentence that opens on a possessive pronoun names someone new, and does not continue the one before it ("Her friend Greta Holm nodded")', 'About 300 people marched.\n\n"We built this harbour," said Kim Lind, 72, a retired net maker.\n\nHer friend Greta Holm nodded. "Fifty years I worked here," she said.', 'Fifty years', 'Greta Holm'],
    ['a pronoun means someone brought in unnamed as the subject of the sentence before, not the last person named', 'Nordvik Motors is recalling 40,000 cars. "They knew for a year," consumer campaigner Kim Lind said.\n\nA Nordvik Motors spokesman denied that. "We acted as soon as we had the results," he said.', 'We acted', 'Nordvik Motors spokesman'],
    ['a pronoun means someone brought in unnamed with an aside about them ("who asked not to be named"), not the last person named', 'Fire chief Thandeka Dlamini ordered the valley cleared. "Go now," Dlamini said.\n\nAnother resident, who asked not to be named, said the warning came late. "We saw the smoke first," he said.', 'smoke first', 'Another resident'],
    ['a pronoun means someone described by a relation as the subject of the sentence before, not the person the relation is of', 'Ivo Brandt has run the sawmill for thirty years. "We will not sell," Brandt said.\n\nHis wife said she had other plans. "I want to see the sea," she said.', 'see the sea', 'His wife'],
    ['a relation as the subject means the person the article gave that relation by name', 'Ivo Brandt and his wife, Ada Quist, run the sawmill. "We will not sell," Brandt said.\n\nHis wife said she had other plans. "I want to see the sea," she said.', 'see the sea', 'Ada Quist'],
    ['a description means the person given that role in apposition after an age, not someone of its own ("Tom Rask, 45, a father of three")', 'Tom Rask, 45, a father of three, lost his job at the mill in May.\n\nGreta Holm, who runs the union, called the closure a disgrace.\n\n"I never saw it coming," the father of three said.', 'saw it coming', 'Tom Rask'],
    ['"it" means an organization the name finder missed but an apposition names ("FareWatch, a consumer group,"), not one named before', 'The competition authority will examine the deal. "We will look at prices," the authority said.\n\nFareWatch, a consumer group, warned that bills could rise. "Less choice means higher bills," it said.', 'higher bills', 'FareWatch'],
    ['"it" means an organization the name finder missed but whose name ends in a firm\'s word ("Alnes Air")', 'Alnes Air cancelled 40 flights on Tuesday.\n\nThe airline apologised to passengers. "We are doing all we can," it said.', 'all we can', 'Alnes Air'],
    ['a reply to a question put to "him" is the one asked\'s, not the asker\'s', 'Captain Rangi Parata told the inquiry he had warned the owners. "I wrote to them twice," he said.\n\nCounsel for the owners, Priyanka Raghunathan, asked him why he had sailed anyway. "Because the forecast was good," he replied.\n\nThe chair, Judge Marla Kilby, asked whether he had kept copies.\n\nRaghunathan told the inquiry her clients had no record of the letters. "There is simply no trace," she said.', 'forecast was good', 'Rangi Parata'],
    ['"asked him why he" casts no vote for the asker\'s gender: "she said" after her is still hers', 'Captain Rangi Parata told the inquiry he had warned the owners. "I wrote to them twice," he said.\n\nCounsel for the owners, Priyanka Raghunathan, asked him why he had sailed anyway. "Because the forecast was good," he replied.\n\nThe chair, Judge Marla Kilby, asked whether he had kept copies.\n\nRaghunathan told the inquiry her clients had no record of the letters. "There is simply no trace," she said.', 'no trace', 'Priyanka Raghunathan'],
    ['unnamed sources by a bare "people" ("people familiar with the talks said") are a group, not the last person named', 'Greta Holm, who chairs the board, met the union on Friday.\n\n"A deal is close," people familiar with the talks said.', 'deal is close', 'people familiar with the talks'],
    ['"the mother-of-two" is a person, described, not an organization', 'Greta Holm, a councillor in Alnes, spoke at the hearing.\n\n"We will keep the school open," the mother-of-two said.', 'school open', 'Greta Holm'],
    ['"the Labour MP" is a person, described, not an organization', 'Greta Holm, a councillor in Alnes, spoke at the hearing.\n\n"We will keep the school open," the Labour MP said.', 'school open', 'Greta Holm'],
    ['"the former Nordcom boss" is a person, described, not an organization', 'Greta Holm, a councillor in Alnes, spoke at the hearing.\n\n"We will keep the school open," the former Nordcom boss said.', 'school open', 'Greta Holm'],
    ['"the Alnes native" is a person, described, not an organization', 'Ivo Brandt, who owns the sawmill, closed it in May.\n\n"Our biggest buyer went bust," the Alnes native said.', 'biggest buyer', 'Ivo Brandt'],
    ['a pronoun means someone brought in unnamed, by a noun of either gender', 'Mayor Ada Quist visited on Monday. "We will help," Quist said.\n\nOne resident said the water was brown. "It smelled of oil," she said.', 'smelled of oil', 'resident'],
    ['a pronoun means a person the name finder does not know, named after an age, not the speaker before', 'Union leader Ngozi Okonkwo blamed staff shortages. "We are 400 nurses short," Okonkwo said.\n\nOne patient, 58-year-old Siosaia Tupou, has waited 11 months for a new hip. "Some days I cannot get out of bed," he said.', 'out of bed', 'Siosaia Tupou'],
    ['a pronoun means a person the name finder does not know, in apposition to a noun of a person', 'Tuomas Virtanen calls the tunnel a triumph.\n\nWhen I asked a bus driver, Dagny Solheim, what would help her most, she did not hesitate. "Give us our own lanes," she said.', 'own lanes', 'Dagny Solheim'],
    ['a full name the name finder does not know, then the organization its bearer is of: the person, named in full though found by surname', 'Economists were divided. "It is broadly neutral," Oluwaseun Adeyemi of the Bergen Institute said.\n\n"Nothing more," Adeyemi said.', 'broadly neutral', 'Oluwaseun Adeyemi'],
    ['a verb of speech beyond the common ones', 'Tom Rask and Ada Quist met on Monday.\n\n"Not one krone more," Quist fumed.', 'krone more', 'Ada Quist'],
    ['an organization by its noun: the one a cue before named in full', 'The council met on Monday.\n\n"The fee will drive shoppers away," the Bergen Chamber of Commerce said.\n\n"We support clean air, but not like this," the chamber said.', 'not like this', 'Bergen Chamber of Commerce'],
    ['an organization by its noun: not words in lower case that the parser took for a name', 'Dock workers in Bergen stayed off the job on Monday.\n\n"We will not be bullied," the union said.', 'not be bullied', 'union'],
    ['an organization by its noun: the name right after that noun', 'The Alnes Harbour Board and the ferry firm Nordlys met on Monday. "We will sue," the firm said.', 'We will sue', 'Nordlys'],
    ['an organization\'s office, by its noun, is not the last organization named', 'The Alnes Harbour Board met on Monday.\n\n"No comment," the ministry\'s press office said.', 'No comment', "ministry's press office"],
    ['an office of the organization named before, by their noun: that organization', 'The Alnes Harbour Board met on Monday.\n\n"No comment," the board\'s press office said.', 'No comment', 'Alnes Harbour Board'],
    ['"the two" after two people named together: the two of them', 'Tom Rask and Ada Quist met on Monday. "We will win," the two said.', 'We will win', 'Tom Rask and Ada Quist'],
    ['a question, then its speaker, verb and listener', 'Tom Rask and Ada Quist met on Monday. "Why not?" Quist asked Rask.', 'Why not', 'Ada Quist'],
    ['a question, then its speaker, verb and an adverb', 'Tom Rask and Ada Quist met on Monday. "Is it over?" Quist wondered aloud.', 'Is it over', 'Ada Quist'],
    ['a name and its verb after a question that ends the sentence', 'Tom Rask spoke for an hour. "Are you sure?" Rask asked.', 'Are you sure', 'Tom Rask'],
    ['a pronoun does not mean the subject of a clause that opens the sentence on "while"', 'While Tom Rask had the votes, the plan now worries John Brandt, head of the Alnes Harbour Board.\n\n"We cannot wait another year," he said.', 'another year', 'John Brandt'],
    ['a pronoun means whoever a verb of speech beyond the commonest names, over the subject of the sentence', 'John Brandt is the ablest candidate, Tom Rask insists.\n\n"He is the best mayor we could have," he says.', 'best mayor', 'Tom Rask'],
    ['a turn of a conversation: a question right after another speaker\'s cue, with its own cue after it', 'Ada Quist met Tom Rask on Monday. "Talks are over," Quist said. "Why?" Rask asked.', 'Why', 'Tom Rask'],
    ['a name nobody introduced and its verb after an exclamation', 'Tom Rask spoke for an hour.\n\n"We won!" Lindahl shouted.', 'We won', 'Lindahl'],
    ['an organization by its noun: the name the article gave one with it, though no organization was found in it', 'The Commission on Harbour Safety met on Monday, and the Alnes Trust backed it.\n\n"We will act on every finding," the commission said.', 'every finding', 'Commission on Harbour Safety'],
    ['a description means someone brought in unnamed by the same noun, not the last person named', 'According to a diplomat who was in the room, the talks broke down. Peter Marsh left early.\n\n"Neither side would move an inch," the diplomat said.', 'move an inch', 'diplomat'],
    ['a writing of someone a possessive pronoun means speaks for them', 'Ada Quist spoke on Monday. "The port is in good hands," her statement said.', 'good hands', 'Ada Quist'],
    ['a verb of speech beyond "said"', 'Tom Rask said the yard would close. Ada Quist spoke next.\n\n"Nobody will lose a job," Tom Rask interjected.', 'lose a job', 'Tom Rask'],
    ['a party tag', '"We will appeal," Rep. Omar Feld (D-Ore.) said.', 'appeal', 'Omar Feld'],
    ['a premier, by the role the title before her name gave', 'Tom Rask opened the meeting.\n\nOntario Premier Siv Okoro spoke on Monday.\n\n"We will not leave," the premier said.', 'not leave', 'Siv Okoro'],
    ['a comment clause opened by "as"', 'Ivo Brandt spoke first. The only test for the licence is "a clean record over the last five seasons," as Tom Rask put it.', 'clean record', 'Tom Rask'],
    ['a name written decomposed, its accents as combining marks', 'The port closed.\n\n"We will open it," Mayor Jose\u0301 Nu\u0301n\u0303ez told reporters.', 'open it', 'Jose\u0301 Nu\u0301n\u0303ez'],
    ['a name in double-encoded UTF-8 (mojibake, "é" as "Ã©") is not cut at the symbol its letter became', 'The port closed.\n\n"We will open it," Mayor Lars Ber\u00c3\u00a9vik told reporters.', 'open it', 'Lars Ber\u00c3\u00a9vik'],
    ['a name in mojibake written decomposed, and one encoded twice ("é" as "ÃƒÂ©")', 'The port closed.\n\n"We will open it," Lars BerA\u0303\u00a9vik said. "Not soon," Nils Sand\u00c3\u0083\u00c2\u00a9n added.', 'Not soon', 'Nils Sand\u00c3\u0083\u00c2\u00a9n'],
    ['a name with particles, then its surname alone with them', 'The boat left at noon. "It will come back," Ines van der Berg said.\n\n"Maybe not today," Van der Berg said.', 'not today', 'Ines van der Berg'],
    ['an Irish name, its particle with a capital', 'The talks ended late. "We will meet again," Seán Ó Ríordáin said. "Soon," Ó Ríordáin added.', 'Soon', 'Seán Ó Ríordáin'],
    ['a lone first name in apposition to someone\'s kin: a person, of the kin\'s gender', 'Tom Rask opened the meeting. Greta Holm spoke of the pool she swam in as a girl. Her husband, Ivo, nodded. "It breaks your heart," he said.', 'breaks your heart', 'Ivo'],
    ['a lone first name right after someone\'s kin, with no comma, is a person of the kin\'s gender', 'Greta Holm and her sister Ada run the last dairy farm in the valley.\n\n"I wanted to be a vet," Greta says.\n\nAda left for the city at 19 and came back at 40. She says she never regretted it. "The city taught me what I was missing," she says.', 'what I was missing', 'Ada'],
    ['a lone first name the name finder knows, in apposition to someone\'s kin', 'Tom Rask fished out of Bergen for forty years. Rask\'s son, Erik, agreed with him. "My father is right," he said.', 'father is right', 'Erik'],
    ['a role given after a possessive pronoun ("her challenger, X"), then as a description', 'Mayor Ada Quist and her challenger, Greta Holm, met on Monday. "It hands the waterfront to developers," the challenger said.', 'waterfront', 'Greta Holm'],
    ['a party\'s member is a person, though capitalized ("the Democrat said")', 'Tom Rask, a Democrat from Bergen County, spoke first. Ada Quist spoke next. "There is no rush," the Democrat said.', 'no rush', 'Tom Rask'],
    ['a description with a relative clause, by its head noun ("the pilot who steered the ship")', 'Tom Rask, the harbour pilot, brought the ship in. Ada Quist watched. The storm was "the worst in years," the pilot who steered the ship said.', 'worst in years', 'Tom Rask'],
    ['a description by a role the article gave someone, whatever the noun ("the pilot")', 'Tom Rask, a pilot for Alnes Air, landed the plane on one engine. "We were lucky," the pilot said.', 'were lucky', 'Tom Rask'],
    ['a pronoun in a clause that opens its sentence on a participle means the subject after it, not the last speaker', 'Tom Rask and Ivo Brandt met for a debate.\n\n"That is not true," Brandt said.\n\nAsked whether he could fund the tunnel, Rask said he would raise fees. "Drivers should help pay for it," he said.', 'help pay', 'Tom Rask'],
    ['a name that ends as a participle does opens no clause: its bearer is the subject', 'Ada Quist chaired the meeting.\n\nHarding Lunde, who had waited all day, watched as Tom Rask spoke. "It was too long," he said.', 'too long', 'Harding Lunde'],
    ['a description by a noun of a role outside politics ("the prosecutor"), though no role was given: who the article is about, not a group of its own', 'Ivo Brandt rose for the Crown on Monday.\n\n"He knew exactly what he was doing," the prosecutor told the jury.', 'exactly what', 'Ivo Brandt'],
    ['a name with a particle that nobody had found', 'The boat left at noon. "It will come back," Karim el Amrani said.', 'come back', 'Karim el Amrani'],
    ['a police rank written short, as in Canadian news: its stop ends no sentence', 'Tom Rask spoke first. "We saw smoke," RCMP Cpl. Ivo Brandt said.', 'saw smoke', 'Ivo Brandt'],
    ['a councillor written short, with a ward before', 'Tom Rask spoke first. "The road must be fixed," Ward 4 Coun. Ada Quist told the Star.', 'road must be fixed', 'Ada Quist'],
    ['another rank written short, then a place', 'Tom Rask spoke first. "We saw smoke," Supt. Greta Holm of the Bergen police said.', 'saw smoke', 'Greta Holm'],
    ['"they" after two people named together as a subject: the two of them', 'Tom Rask and Ada Quist, who run the plant, met reporters. "We will reopen," they said.', 'will reopen', 'Tom Rask and Ada Quist'],
    ['"they" after two people named together, with titles and asides, and sentences opened by "they" since', 'The ferry timetable changed in May.\n\nCouncillors Ada Quist, of the Greens, and Tom Rask, of the Farmers, walked out of the vote. They then posted a joint reply online.\n\n"The timetable is a mess," they wrote.', 'timetable is a mess', 'Ada Quist and Tom Rask'],
    ['a person by their nation ("the Norwegian"): who the article is about, not an organization of that name', 'Ivo Brandt won the Bergen Open on Sunday.\n\n"I played my best tennis today," the Norwegian said.', 'best tennis', 'Ivo Brandt'],
    ['a person by a rank in sport ("the top seed"): who the article is about, not an organization of that name', 'Aigerim Bekova beat Greta Holm in three sets on Sunday.\n\n"I kept my head when it mattered," the top seed said.', 'kept my head', 'Aigerim Bekova'],
    ['a person by their age ("the 22-year-old"): who the article is about, not an organization of that name', 'Coach Harding Lunde praised his striker.\n\nJon Hale shrugged off the praise. "It is a team game," the 22-year-old said.', 'team game', 'Jon Hale'],
    ['a description that runs on into a clause is no plural group ("who met voters")', 'Tom Rask spoke in Bergen on Monday. "We sail at dawn," the harbour chief who met voters said.', 'sail at dawn', 'Tom Rask'],
    ['a body named by a bare noun', 'Tom Rask drove home. "The road is closed," police said.', 'road is closed', 'police'],
    ['several people described, nobody named one by one', 'Tom Rask drove home. "The road is closed," the officials said.', 'road is closed', 'officials'],
    ['a party tag set off by commas', '"We have the votes," Rep. Ann Dole, D-Ill., told reporters.', 'the votes', 'Ann Dole'],
    ['a middle initial: another person than one of the same first name', 'Director James B. Fossum spoke on Tuesday.\n\n"We found nothing," Fossum said.\n\n"It is done," James A. Lunde wrote.', 'It is done', 'James A. Lunde'],
    ['a noun that says a gender outweighs the guess from a first name (a widow named Sam)', 'Dana Lind, who speaks for the ferry firm, defended the new timetable.\n\nSam Brekke, a retired widow from Alnes, took the bus home.\n\n"The night boat was my only way home," she said.', 'only way home', 'Sam Brekke'],
    ['a pronoun after a name in its sentence that means another, and one of the next that means the name: her gender stays unknown, and "she" is hers', '"Somebody knows who the driver is," said Detective Thandeka Dlamini.\n\nThe rider\'s partner, Aigerim Bekova, said he had been cycling home from the docks. "He always wore a helmet," she said.', 'always wore', 'Aigerim Bekova'],
    ['a gendered noun before a name (a spokesman named Kim)', 'Ferry spokesman Kim Lind defended the new timetable.\n\nAda Quist took the bus home.\n\n"It will work," he said.', 'It will work', 'Kim Lind'],
    ['a pronoun by gender', 'Ana Ruiz met Tom Berg. Berg left early, and Ruiz stayed. "It went well," she said.', 'went well', 'Ana Ruiz'],
    ['a name after a speech verb and its owner ("noted the Ledger\'s")', 'Ada Quist spoke.\n\nThe vote will not change the race, noted the Ledger’s Teodor Hulak.\n\n"Debates rarely move voters," he wrote.', 'rarely move voters', 'Teodor Hulak'],
    ['a full name of which compromise found only the first word', 'Ada Quist spoke.\n\nWalker Brandt, founder of the Harbour Institute, said he was pleased.\n\n"We need a change," he said.', 'need a change', 'Walker Brandt'],
    ['a pronoun is not the person named in the rest of its clause', 'Tom Rask spoke first. Ivo Brandt chaired the meeting after him.\n\n"The plan is dead," he told Brandt.', 'plan is dead', 'Tom Rask'],
    ['a pronoun means the one reported speaking through an apposition and an aside, not the subject of what they said', 'Local leaders are worried. Ivo Brandt, the oldest captain on the Alnes run, as usual, said Tom Rask sold the night boats too cheaply. "Nobody asked the crews," he said.', 'Nobody asked', 'Ivo Brandt'],
    ['a name after a reporting verb, with a verb of its own, is what was reported, not who spoke', 'In a letter on Monday, Ivo Brandt argued that the chairman said Tom Rask misled the board. "We were lied to," he wrote.', 'lied to', 'Ivo Brandt'],
    ['a pronoun means the one the sentence before reports speaking, not the subject of what they said', 'Ivo Brandt won the crowd over with his speeches, Tom Rask said.\n\n"He was very clear," he said.', 'very clear', 'Tom Rask'],
    ['a name followed by "said" inside an apposition is not who speaks', 'Ivo Brandt opened an office in May.\n\nTom Rask, the director for Brandt, said the office was busy.\n\n"We are ready," he said.', 'We are ready', 'Tom Rask'],
    ['a possessive after "said" is not who speaks', 'Ada Quist, who studies ports, said Greta Holm\'s statement was vague.\n\n"It says nothing," she said.', 'says nothing', 'Ada Quist'],
    ['a pronoun means the subject, not the name in an aside', 'Ray Simmons, an Ivo Brandt supporter, said Brandt had no chance. "It is a challenge," he said.', 'challenge', 'Ray Simmons'],
    ['a sentence that opens on the same pronoun, whatever comes after its first comma, continues the chain', 'Tom Rask opened the hearing on the harbour. He spoke for an hour, then he handed the floor to Jon Hale.\n\n"We are not done yet," he said.', 'not done yet', 'Tom Rask'],
    ['a pronoun after a person named later in the sentence gives the first one no gender ("her boat" is Holm\'s)', 'Jon Hale spoke first.\n\nQuinn Rask told the court that Greta Holm had sold her boat in May. He stayed for the verdict.\n\n"It was a long day," he said.', 'long day', 'Quinn Rask'],
    ['an object pronoun after a name gives it no gender ("called her" is another\'s her)', 'Ada Quist runs the port.\n\nOn Monday Tom Rask called her at home. On Friday Tom Rask sent her a letter.\n\n"I did not answer," she said.', 'did not answer', 'Ada Quist'],
    ['a name after "said" with a verb of its own is what was said, not who said it', 'Jon Hale spoke first.\n\nTom Rask, the harbour master, said Ivo Brandt should sell the ferry. He stayed for the verdict.\n\n"It was a long day," he said.', 'long day', 'Tom Rask'],
    ['a pronoun that is a subject before anyone else is named carries the chain back past them', 'Ada Quist spoke at the hall. "We will win," Quist said.\n\nIn the end she gave her vote to the harbour plan of Greta Holm.\n\n"It was the better plan," she said.', 'better plan', 'Ada Quist'],
    ['a role held for someone: the one who holds it speaks, not the one it is for', 'Tom Rask lost the case. "We will appeal," a lawyer for Tom Rask said.', 'will appeal', 'lawyer for Tom Rask'],
    ['one of several who hold a role for someone', 'Tom Rask lost the case. "We will appeal," one of the aides to Tom Rask said.', 'will appeal', 'one of the aides to Tom Rask'],
    ['a pronoun that speaks before anyone else is named carries the chain back past them', 'Lena Brandt, a delegate, said she had called the party office. But in the roll call, the regions vote in order, she noted, so it may be clear by then whether Mary Voss will win.\n\n"If we cannot agree, we will abstain," she said.', 'abstain', 'Lena Brandt'],
    ['kin with a word before it in apposition to a name gives that person its gender ("Her late husband, X,"), so "she" is not him', 'Kim Lind was nineteen when she first climbed the steps of the light.\n\nHer late husband, Harding Lunde, kept the light with her. He died in 2011.\n\n"I told them thank you, and no," she says.', 'thank you, and no', 'Kim Lind'],
    ['a title is the role of the one it stands before, not of the next person named after it ends a sentence ("wrote to the Mayor. Greta Holm")', 'Mayor Ada Quist opened the new quay on Monday. Tom Rask, a fisherman, had written to the Mayor. Greta Holm watched from the pier.\n\n"This quay will outlast all of us," the mayor said.', 'outlast', 'Ada Quist'],
    ['a name whose apposition holds an abbreviation with stops ("a U.S.-born engineer") is still the subject of the verb after it', 'The board met on Monday.\n\nSam Brekke, a U.S.-born engineer who built the span, told the board that Ivo Brandt had checked every bolt.\n\n"It will stand for a century," he said.', 'stand for a century', 'Sam Brekke'],
    ['a name before a verb with "n\'t" ("wouldn’t say") is its subject, more likely meant than one named inside its clause', 'The board met.\n\nTom Rask wouldn’t say whether Ivo Brandt had seen the plan.\n\n"There is nothing to announce yet," he said.', 'nothing to announce', 'Tom Rask'],
    ['a description with the name in an apposition', 'Ella Parry, 24, died in the crash.\n\n"We miss her every day," her mother, Fiona Parry, said.', 'miss her', 'Fiona Parry'],
    ['a relation the article gave someone by name before, later alone', 'Ada Lind, 29, died in a fall on Saturday.\n\nHer mother, Greta Lind, said she had climbed since she was a child. "She loved the mountains," her mother said.', 'loved the mountains', 'Greta Lind'],
    ['a name in apposition after words that name nobody known ("its director, X, said"), not the organization named before the quotation', 'Ferries were cancelled.\n\nConsumer group FareWatch said passengers were owed money. "Operators count on people not claiming," its director, Ngozi Okonkwo, said.', 'count on people', 'Ngozi Okonkwo'],
    ['then a pronoun means her', 'Ella Parry, 24, died in the crash.\n\n"We miss her every day," her mother, Fiona Parry, said. "She burned and crashed," she added.', 'burned', 'Fiona Parry'],
    ['a surname nobody introduced, before "said", is a person a pronoun can mean', 'Sarah Lind watched the stalls. The square, Solheim said, is busy on market days.\n\n"We need more benches," he said.', 'more benches', 'Solheim'],
    ['a name whose first word is also a verb, after a title', 'Jean Marat spoke first. Secretary General Ping Okoro warned the board.\n\n"We count on the members," he told reporters.', 'count on the members', 'Ping Okoro'],
    ['a surname two people share means the one introduced first', 'Maria Lindqvist opened the meeting. Her husband, Erik Lindqvist, sat beside her.\n\n"We will win the vote," Lindqvist said.', 'win the vote', 'Maria Lindqvist'],
    ['a description with no role the article gave means the most salient person before it', 'Ada Quist spoke. Quist spoke again. Quist left early. Tom Rask arrived at noon.\n\n"The port is fine," the businessman said.', 'port is fine', 'Tom Rask'],
    ['a role between two names: the second holds it', 'Ada Quist ran. "The count is wrong," Quist press secretary Josh Ferris said.', 'count is wrong', 'Josh Ferris'],
    ['a sentence of its own with a place after the verb', 'Dan Lerche thanked the staff. "The crew was superb!" Lerche wrote in an email.', 'superb', 'Dan Lerche'],
    ['a verb before "to" is part of the verb, not of the description that is its subject ("her father used to say")', 'Ada Quist ran the harbour for years.\n\n"Measure twice," her father used to say.', 'Measure twice', 'her father'],
    ['a comment clause opened by "as", with a verb before "to" ("as Rask likes to say")', 'Ada Quist ran the harbour for years. Tom Rask worked beside her.\n\n"Never trust a calm sea," Quist said.\n\n"Keep it simple," as Rask likes to say.', 'Keep it simple', 'Tom Rask'],
  ],
  'cue-at-sentence-end': [['a cue that ends the sentence after more words', 'Ivo Brandt spoke. "He has the right plan" for the new school, said Marla Kilby, a teacher.', 'right plan', 'Marla Kilby']],
  'cue-before': [
    ['a verb joined by "and" to a verb of speech in its clause has that verb\'s subject ("X said ... and added"), not a name in an opening phrase', 'Greta Holm has run the Alnes ferry for a decade.\n\nIn a long, frank interview with reporter Tom Rask last spring, Holm said she would retire soon and added, "The boat needs a younger captain."', 'younger captain', 'Greta Holm'],
    ['the words a clause that opens the sentence reports are its verb\'s, not the main clause\'s ("When Quist said "...," Rask laughed")', 'Tom Rask and Ada Quist met on Friday.\n\nWhen Quist said "the fares must fall," Rask laughed.', 'fares must fall', 'Ada Quist'],
    ['a person named right before a participle is its subject ("Rask recalled Quist telling him: "..."")', 'Tom Rask and Ada Quist met on Friday.\n\nRask, asked about Quist, said: "She is right."\n\nRask recalled Quist telling him: "Keep the night boat."', 'night boat', 'Ada Quist'],
    ['a person named right before an auxiliary and the verb is its subject ("Rask said Quist had told him "..."")', 'Tom Rask and Ada Quist met on Friday.\n\nRask, asked about Quist, said: "She is right."\n\nRask said Quist had told him "the board will decide."', 'board will decide', 'Ada Quist'],
    ['"quoted Quist as saying" is Quist\'s', 'Tom Rask and Ada Quist met on Friday.\n\nRask quoted Quist as saying "nobody rides at night."', 'rides at night', 'Ada Quist'],
    ['a participle after whom words were sent to is the sender\'s ("Rask wrote to Quist saying "..."")', 'Tom Rask and Ada Quist met on Friday.\n\nRask wrote to Quist saying "the boat is sold."', 'boat is sold', 'Tom Rask'],
    ['a relative clause\'s verb that brings in the quotation has whom "who" stands for ("Rask turned to Quist, who replied: "..."")', 'Tom Rask and Ada Quist met on Friday.\n\n"The ferry was slow," Rask told Quist, who replied: "It always is."', 'always is', 'Ada Quist'],
    ['a name after a verb of speech and before a colon is whom the words were told, not a label ("Rask told Quist: "..."")', 'Tom Rask and Ada Quist met on Friday.\n\nRask told Quist: "You missed the boat."', 'missed the boat', 'Tom Rask'],
    ['a verb joined by "but" has the description that opens the sentence for its subject ("A spokeswoman for X declined to comment but said")', 'Inspectors found cracks in two wings. Tom Rask led the inspection.\n\nA spokeswoman for Alnes Air refused to discuss the cracks but insisted that "each of our planes can fly."', 'planes can fly', 'spokeswoman for Alnes Air'],
    ['a participle after a writing says who carried it, not who speaks ("said in a statement read by his union")', 'Kwame Mensah, a firefighter, was hurt in the blaze.\n\nMensah said in a statement read by his union that he was "grateful to be alive" and hoped to work again.', 'grateful to be alive', 'Kwame Mensah'],
    ['a cooperative named before, by its kind ("the cooperative")', 'Greenfield Dairy Cooperative said milk prices would rise. The cooperative said farmers "cannot keep selling at a loss."', 'selling at a loss', 'Greenfield Dairy Cooperative'],
    ['a plan of someone a possessive pronoun means speaks for them', 'Ada Quist spoke at the harbour on Monday.\n\nHer harbour plan vows to "bring the boatyards back to life."', 'boatyards', 'Ada Quist'],
    ['a verb after a comma, its speaker and an aside, then "is that" before the quotation', 'Ada Quist ran the museum for a decade.\n\nThe puzzle of Quist, says Tom Rask, a historian at the Alnes Institute, is that she was "the most powerful director the town ever had," though she held no vote.', 'most powerful', 'Tom Rask'],
    ['two people named together, one a name the finder does not know: the two of them', 'The final was close.\n\nDagny Solheim and Tuomas Virtanen, who coach the two players, said the final was "the best match of the year".', 'best match', 'Dagny Solheim and Tuomas Virtanen'],
    ['an organization\'s kind, then its name: the name', 'Fares rose again in May.\n\nThe regulator Nordcom said the rise was "too steep".', 'too steep', 'Nordcom'],
    ['the same opening its sentence, capitalized', 'Fares rose again in May.\n\nConsumer group FareWatch called the rise "a scandal".', 'a scandal', 'FareWatch'],
    ['but not a title after a body\'s name', 'Fares rose again in May.\n\nHarbour Council President Ada Quist said the rise was "too steep".', 'too steep', 'Ada Quist'],
    ['an organization named before by the word a description has ("the authority")', 'The Nordvik Aviation Authority, which oversees the airline, met on Monday. The authority said airlines "must do better."', 'do better', 'Nordvik Aviation Authority'],
    ['an organization by a possessive pronoun: the body of the one it means, named so', 'Ivo Brandt spoke for an hour about his rival, Tom Rask.\n\nRask did not respond. His campaign said that Brandt was "rattled."', 'rattled', "Tom Rask's campaign"],
    ['an organization\'s description, not a station named as whom someone told', 'Union negotiator Kwame Mensah told BBC Radio Nordvik that talks would resume.\n\nThe ferry company said it had made a "fair and generous" offer.', 'fair and generous', 'ferry company'],
    ['a "that" after a later verb is that verb\'s: its subject speaks, not the first verb\'s', 'The debate was tense.\n\n"It is wrong again," Tom Rask wrote after Ada Quist argued at the debate that "every vote counts."', 'every vote', 'Ada Quist'],
    ['the second half of a quotation has the first half\'s cue, not a clause after it with another speaker', 'Ada Quist and Tom Rask reject the plan.\n\n"We will fight it," Quist told Rask, after Rask told Quist that the vote was lost. "We always do."', 'always do', 'Ada Quist'],
    ['an opening phrase with no comma after it, then a pronoun: the pronoun is the subject', 'Ivo Brandt spoke first. Greta Holm has kept quiet. On Tuesday she wrote that "the gate stays shut."', 'gate stays shut', 'Greta Holm'],
    ['an opening phrase with no comma after it, then a name: the name is the subject', 'Ivo Brandt spoke first. Greta Holm has kept quiet. At the harbour meeting Tom Rask wrote that "the gate stays shut."', 'gate stays shut', 'Tom Rask'],
    ['a stop right after the closing mark, as British news writes it, ends the sentence: the cue after it is the next one\'s', 'The council met on Monday. Greta Holm said the plan was "a disgrace". Tom Rask said: "I agree with her."', 'a disgrace', 'Greta Holm'],
    ['a pronoun is not the name set off by a comma right before it ("Virtanen, she added, ...")', 'Union leader Tuomas Virtanen met the port\'s director, Aigerim Bekova, on Monday.\n\n"We are ready to talk at any hour," Bekova said. Virtanen, she added, "knows where my office is."', 'my office', 'Aigerim Bekova'],
    ['a full name the name finder does not know, then an organization described in lower case: the person', 'Economists were divided. Thandeka Dlamini of the independent Harbour Institute said the budget was "broadly neutral."', 'broadly neutral', 'Thandeka Dlamini'],
    ['a full name the name finder does not know, then the organization its bearer is of: the person', 'Economists were divided. Harding Lunde of Nordvik Bank said the budget was "broadly neutral."', 'broadly neutral', 'Harding Lunde'],
    ['a verb that takes the verb of speech after "to" is no part of the subject ("the mayor likes to say")', 'Mayor Ada Quist opened the bridge on Monday. Tom Rask, who fought it, stayed away.\n\nThe mayor likes to say that "big towns build big things."', 'big towns', 'Ada Quist'],
    ['a name that ends in a letter beyond ASCII and "a" is no article before the verb ("Ana García said")', 'The vote was close.\n\nThe result was "a clear message," Mayor Ana García said. "Bergen has spoken."', 'Bergen has spoken', 'Ana García'],
    ['a noun that is also a verb of speech after a possessive is no cue after the quotation ("the union\'s demands")', 'Alnes Air met the union on Monday. Chief executive Marla Kilby told staff in an email that the airline "cannot afford" the union\'s demands.', 'cannot afford', 'Marla Kilby'],
    ['a verb of speech beyond the common ones, and a colon', 'Ada Quist backed the fee.\n\nTom Rask disagreed: "It is a tax on curiosity."', 'tax on curiosity', 'Tom Rask'],
    ['"which" and a verb after an organization: the organization the relative clause is about', 'Tom Rask counted the thefts.\n\nThe figures came from the Harbour Board, which said the port was "busier than ever."', 'busier than ever', 'Harbour Board'],
    ['"which" and a verb right after an organization, with no comma', 'Tom Rask runs the ferries.\n\nA letter went out from the Alnes Harbour Board which called the season "a record year for the ferries."', 'record year', 'Alnes Harbour Board'],
    ['a pronoun after "what" right before the verb is its subject, though other words of its clause come first', 'Tom Rask spoke on Monday.\n\nThe Alnes Harbour Board has campaigned for a year against what it calls "a tax on every ferry ticket."', 'ferry ticket', 'Alnes Harbour Board'],
    ['a pronoun after "which" right before the verb, after a comma', 'Tom Rask spoke on Monday.\n\nThe Alnes Harbour Board wrote to the minister about the new tax, which it described as "a tax on every ferry ticket."', 'ferry ticket', 'Alnes Harbour Board'],
    ['a writing said to be published by someone, when and by whom in one phrase', 'Tom Rask runs the gas field.\n\nA study published last month by the Bergen Institute found that demand "will peak within five years."', 'will peak', 'Bergen Institute'],
    ['a writing by an organization named by its noun', 'The Alnes Harbour Board and the ferry firm Nordlys met on Monday. A report by the board found that the docks were "unsafe at any speed."', 'unsafe at any speed', 'Alnes Harbour Board'],
    ['a sentence that opens on its verb, the speaker after it', 'Tom Rask met Ada Quist on Monday. Said Quist: "It is a fair deal."', 'fair deal', 'Ada Quist'],
    ['a sentence that opens on any verb that may stand before its speaker mid-sentence too', 'Tom Rask met Ada Quist on Monday. Continued Quist, "It is a fair deal."', 'fair deal', 'Ada Quist'],
    ['quoted as saying: the sentence\'s subject', 'Tom Rask and Ada Quist met on Monday. Ada Quist was quoted as saying the plan is "a fair deal."', 'fair deal', 'Ada Quist'],
    ['an organization that opens the sentence, then a participle after a comma', 'Ivo Brandt spoke on Monday.\n\nThe Harbour Board closed the dock at noon, saying the storm was "too strong to risk a crossing."', 'too strong', 'Harbour Board'],
    ['a writing, then when it came out, before the verb: the writing speaks', 'Tom Rask spoke first.\n\nA Harbour Board safety study published in March found that the pier was "unsafe for crowds."', 'unsafe for crowds', 'Harbour Board safety study'],
    ['a writing, and an aside of "by" alone that says who made it', 'The chief executive of Alnes Hospital, Marla Kilby, resigned.\n\nThe report, by the health inspectorate, said the managers had "failed patients at every level."', 'every level', 'health inspectorate'],
    ['a writing, and an aside that says who made it', 'Tom Rask spoke first. The report, published by the Harbour Trust, found that the wall was "too low for a storm surge."', 'storm surge', 'Harbour Trust'],
    ['a title with what it is of, before a name', 'The vote was close. Secretary of State Ada Quist said: "We will vote."', 'We will vote', 'Ada Quist'],
    ['a word of country before a name is no part of it', 'The vote was close. Norwegian Ivo Brandt said: "We will vote."', 'We will vote', 'Ivo Brandt'],
    ['a verb joined by "and": the subject that opens the sentence, after its title', 'Mayor Ada Quist on Monday played down the row over the harbour board and said, "We will get past this."', 'get past this', 'Ada Quist'],
    ['an organization\'s name in apposition to a description of it', 'Shares fell on Monday. The bank\'s biggest shareholder, the Bergen Pension Fund, said it "continues to support management."', 'continues to support', 'Bergen Pension Fund'],
    ['a proper name right before the verb is its subject, not an aside', 'His Bergen degree, his years abroad and his seat on the board are, as The Alnes Review put it, "a ticket to the club."', 'ticket to the club', 'Alnes Review'],
    ['so too inside a sentence about someone else ("Rask, the Review said, was")', 'In the end, Tom Rask, The Alnes Review said, was "a man of the club."', 'man of the club', 'Alnes Review'],
    ['a description by a word of an organization named before ("the authority")', 'The Bergen Harbour Authority met on Monday.\n\nIn a report released Tuesday, the authority said the main quay was "structurally unsound."', 'structurally unsound', 'Bergen Harbour Authority'],
    ['a participle after a comma: the sentence\'s subject, a name in apposition to a role', 'The harbour office is in turmoil.\n\nThe mayor\'s chief of staff, Tom Rask, resigned on Friday, saying the office had become "a toxic place to work."', 'toxic place', 'Tom Rask'],
    ['a participle after a writing someone put out: the one who put it out', 'Tom Rask spoke first. The harbour workers\' union issued a statement calling the closure "reckless and unnecessary."', 'reckless', 'harbour workers\' union'],
    ['a verb joined by "and": the subject that opens the sentence, after a short title', 'Sen. Ada Quist closed the hearing on the harbour board early and said, "We will get past this."', 'get past this', 'Ada Quist'],
    ['a quotation that ends a sentence with a reporting verb before it is not the next sentence\'s', 'At the hearing, Tom Rask turned on Ada Quist, calling her plan "a ferry to nowhere." Quist answered on Friday, accusing Rask of sinking it.', 'ferry to nowhere', 'Tom Rask'],
    ['a verb after a comma with its speaker after it, mid-sentence', 'Ada Quist spoke first. The trouble with the port, says Tom Rask, a historian at the university, "is that nobody owns it."', 'nobody owns it', 'Tom Rask'],
    ['a relative clause after a preposition, with a subject of its own', 'Tom Rask wrote to the board on Monday. The letter, in which he warned that the port was "a slow leak of money," was read aloud.', 'slow leak', 'Tom Rask'],
    ['a dateline that opens the paragraph is no part of the sentence, nor its speaker', 'Greta Holm spoke.\n\nALNES — Holm\'s deputy at the board has described the season as "the best in years."', 'best in years', "Holm's deputy at the board"],
    ['a dateline is no part of the name of an organization after it', 'OSLO -- The Nordic Shipping Council said it "welcomes the decision."', 'welcomes', 'Nordic Shipping Council'],
    ['a hyphen between spaces is a dash that sets off the subject', 'Ada Quist sold the ferry in May. The books were checked after Quist sold it - the Harbour Board told reporters that they were "in order."', 'in order', 'Harbour Board'],
    ['asides of two words that name nobody do not count towards the pieces read', 'Ada Quist spoke first. Tom Rask, on the quay — once again — beside the ship Ada Quist wants to sell, said he would block "every sale of the port."', 'every sale', 'Tom Rask'],
    ['a clause opened by "after" has its own subject, though it reads as an aside', 'A harbour pilot who steered a ferry into the breakwater was jailed on Tuesday, after a judge said he had "gambled with the lives of 212 passengers."', 'gambled with', 'judge'],
    ['a verb joined by "but": the subject that opens the sentence, not a name after it', 'Tom Rask left the board in May.\n\nAda Quist thanked Rask for his work but said, "We will not miss the rows."', 'miss the rows', 'Ada Quist'],
    ['a verb joined by "and": a phrase opened by "like" is no subject', 'Like Rask, Ada Quist turned down the offer and said, "We will get past this."', 'get past this', 'Ada Quist'],
    ['a word of party before a name is no part of it', 'The vote was close. Liberal Ivo Brandt said: "We will not."', 'will not', 'Ivo Brandt'],
    ['initials for a first name, and a place after the name', 'The caucus met on Tuesday. Caucus Chairman T.J. Holm of Nova Scotia said the plan was "a betrayal of the workers."', 'betrayal', 'T.J. Holm'],
    ['a place set off by commas after a place is no subject', 'Greta Holm, at a harbour hearing in Bergen, Norway, said the plan was "a gift to the shipping lobby."', 'shipping lobby', 'Greta Holm'],
    ['a place named after a place in lower case is no subject', 'Tom Rask, a fisherman from a village near the county seat, Alnes, told reporters the quota was "far too low for a family boat."', 'family boat', 'Tom Rask'],
    ['a name after a workplace names the person', 'A spokeswoman at the Bergen Harbour Board, Ada Quist, said the board was "not ready to pay for the dredging."', 'not ready', 'Ada Quist'],
    ['a clause opened by "as" whose subject speaks', 'The raid came in June.\n\nAs prosecutor Marc Brandt put it, "apart from the trips, there was nothing."', 'apart from the trips', 'Marc Brandt'],
    ['a pronoun means a person a church title introduced', 'Tom Rask wrote the report.\n\nAs Archbishop Aris Kalfayan of the Patriarchate told reporters, "We suffered." He added, "So they should act."', 'should act', 'Aris Kalfayan'],
    ['a title before a first name the name finder does not know', 'The chapel reopened in May.\n\nHowever, as Archbishop Aris Vardanyan of the Harbour Patriarchate told the Ledger (TL), “We waited long enough.” He added, “So the town should have seen it first.”', 'seen it first', 'Aris Vardanyan'],
    ['a cue after a quotation that ends its sentence, running on to the next quotation, is the next one\'s', 'Tom Rask spoke first. Ada Quist, the harbour chief, told the board, “We waited long enough.” She added, “So be it.”', 'waited long enough', 'Ada Quist'],
    ['a pronoun is not the person named between it and the quotation', 'Speaker Tom Rask met reporters.\n\nRask said Governor Ada Quist had never listened to the fishermen.\n\nShe says Quist "has failed every family on this coast."', 'failed every family', 'Tom Rask'],
    ['a name after a preposition and a colon is who was written to', 'Greta Holm sent a letter. In reply, Tom Rask wrote to Holm: "Only a fool would send it."', 'Only a fool', 'Tom Rask'],
    ['an apposition', 'Petra Aalders, the Dutch finance minister, told reporters: "We are ready."', 'ready', 'Petra Aalders'],
    ['an age is no speaker', 'The march went on. Dora Vance, 25, said that "the march goes on."', 'march goes on', 'Dora Vance'],
    ['an apposition naming an organization', 'Ola Berg, head of the Ferry Guild, which represents crews, said the strike was "a warning."', 'a warning', 'Ola Berg'],
    ['a verb joined by "and" after an earlier quotation has the subject of its cue', 'Tom Rask spoke first.\n\n"We will win," he told the crowd at a Monday meeting, and then predicted: "The south is ours."', 'south is ours', 'Tom Rask'],
    ['a clause of its own after "while" governs the quotation', 'Tom Rask suggested that the plan was late, while Ada Quist said that the cost was "far too high."', 'far too high', 'Ada Quist'],
    ['a participle has the sentence\'s subject', 'Tom Rask answered in a letter, saying the plan had "never been costed."', 'never been costed', 'Tom Rask'],
    ['a participle after an apposition', 'Ines Kowal, who runs a bakery, backed Tom Rask on Sunday, saying he "keeps his word."', 'keeps his word', 'Ines Kowal'],
    ['the agent of a passive verb', 'Sam Ortiz was asked by host Lena Voss, "Will you run again?"', 'run again', 'Lena Voss'],
    ['the nearest verb, in a subordinate clause', 'When Ada Quist noted that Tom Rask had missed the vote, Rask replied, "I had better things to do."', 'better things', 'Tom Rask'],
    ['the main clause reports all that follows', 'Emil Strand said that during a call with Ada Quist the partners agreed that "the plan stands".', 'plan stands', 'Emil Strand'],
    ['a relative clause', 'Ada Quist rarely agrees with Emil Strand, the harbour chief, who in 2019 said the port needed "a second crane."', 'second crane', 'Emil Strand'],
    ['a participle right after a cue has the cue\'s speaker, not the sentence\'s subject', 'Ada Quist and Tom Rask will meet next week, Lena Voss said, adding, "Both of them want a deal."', 'want a deal', 'Lena Voss'],
    ['a participle after the verb that names the speaker', 'Mayor Bill Rossi spoke.\n\n"The road stays shut," the mayor said, adding that repairs would take "two more weeks" at least.', 'two more weeks', 'Bill Rossi'],
    ['an aside between dashes', 'When Ada Quist noted that Tom Rask had missed the vote ― as he often did ― Rask replied, "I was busy."', 'I was busy', 'Tom Rask'],
    ['the main clause reports all that follows, past an adverbial', 'Tom Rask said during a visit to the port that Ada Quist once called the bridge "a waste of steel."', 'waste of steel', 'Tom Rask'],
    ['the platform a post was on is nobody', 'In a post on Twitter, Dan Lerche wrote that the plan was "a disgrace."', 'disgrace', 'Dan Lerche'],
    ['a name in apposition to a description', "The bank's parent company, Yarrow Group, said the loss was \"a one-off.\"", 'one-off', 'Yarrow Group'],
    ['a hyphenated name before the verb', 'The markets fell. Finance Minister Lee Seo-yeon said the mood was "calm again."', 'calm again', 'Lee Seo-yeon'],
    ['a verb joined by "and" after an earlier quotation', 'Ada Quist, the former minister, praised a "forum" the Ledger ran and said she had what the job needs: "Patience."', 'Patience', 'Ada Quist'],
    ['a place and an age in commas are nobody', 'The queue grew. Nina Hale, 31, of Bend, Ore., said the line was "worth the wait."', 'worth the wait', 'Nina Hale'],
    ['a party tag in commas is nobody', 'Sen. Ada Quist, D-Ore., told reporters the count was "far from over."', 'far from over', 'Ada Quist'],
    ['a pronoun next to the verb, after a noun phrase', 'Greta Merz gave a speech. Her neighbours, she said, should ignore "those who shout the loudest."', 'shout the loudest', 'Greta Merz'],
    ['a role in lower case before a name next to the verb', 'On Monday at the town debate, candidate Ada Quist said the levy was "a mistake."', 'a mistake', 'Ada Quist'],
    ['a number with a comma is one word', 'Tom Rask, claiming that Ada Quist wanted to build 250,000 homes, said they would be "too small."', 'too small', 'Tom Rask'],
    ['a clause after "where"', 'The debate moved to the council, where chair Lena Voss told reporters that "a vote" was near.', 'a vote', 'Lena Voss'],
    ['an apposition with the possessive of a name in -s is an aside', 'Ada Reyes spoke. Jon Weller, Reyes\' campaign manager, said the funds were "more than enough."', 'more than enough', 'Jon Weller'],
    ['a first name that is also a word, after a role', 'Ada Quist spoke. Quist campaign spokeswoman Hope Halvard said the plan was "sound."', 'sound', 'Hope Halvard'],
    ['a naval title is no part of the name', 'The fleet sailed. Rear Admiral Chen Weiming told reporters: "We are ready."', 'ready', 'Chen Weiming'],
    ['a speech verb in the passive has no speaker for a subject', 'Tom Rask left. "Rules are rules," Chair Ada Quist said after Rask failed to appear at a hearing he was called to. "He knew the date."', 'knew the date', 'Ada Quist'],
    ['words after a quoted phrase that open with a preposition are no cue after it', 'Tom Rask spoke. Ada Quist tweeted that the plan was a "gift" for Rask and asking for a vote.', 'gift', 'Ada Quist'],
    ['a relative clause with a subject of its own', 'Crowds gathered at the Harbour Hall, which Mayor Ada Quist on Friday declared "a place for everyone."', 'place for everyone', 'Ada Quist'],
    ['a verb joined by "and" has the sentence\'s subject, not a name in the clause before', 'Ada Quist and Tom Rask met.\n\nQuist was quick to back Rask after he won the vote and said this week that he looks like "a winner."', 'a winner', 'Ada Quist'],
    ['a writing speaks for the one the text says it is of: a medium', 'The Ledger\'s editorial said the plan was "a waste of money."', 'waste of money', 'Ledger'],
    ['a writing speaks for the one the text says it is of: a person', 'Ada Quist spoke.\n\nQuist\'s fundraising email to supporters notes that the vote is "too close to call."', 'too close', 'Ada Quist'],
    ['a writing speaks for the one the text says it is of: an organization', 'Tom Rask spoke later. A statement from the Water Board said the work was "on schedule."', 'on schedule', 'Water Board'],
    ['a description by the role an apposition after a surname alone gave ("Rask, a former harbour engineer, ... the engineer")', 'Ada Quist and Tom Rask clashed on Wednesday.\n\nRask, a former harbour engineer, accused her of ignoring the islands. The moderator, Greta Wagner, pressed both on the budget.\n\nThe engineer shot back: "You made them four years ago."', 'four years ago', 'Tom Rask'],
    ['an opening phrase is nobody', 'In a video posted Friday, Rita Sandvik said the plan had "too many gaps."', 'too many gaps', 'Rita Sandvik'],
  ],
  'subject-before': [
    ['the subject of the sentence', 'Omar Feld spoke. Feld openly praises the plan as a "fair deal".', 'fair deal', 'Omar Feld'],
    ['two named subjects: the two of them', 'Ada Quist met Tom Rask on Monday. Quist and Rask welcomed the ferry deal as a "small win for the night crews."', 'small win', 'Quist and Rask'],
    ['the holder of a role, not the name that describes it', 'Ada Quist won the vote. Former Quist spokesman Tom Rask derided "the professional left" on Tuesday.', 'professional left', 'Tom Rask'],
    ['the holder of a role of sport or trade after a place, not the place', 'Alnes beat Bergen 2-1. "We did what we had to," said Alnes manager Tuomas Virtanen.\n\nAlnes captain Jon Hale summed up the mood in the dressing room: "Nobody will remember how we played."', 'Nobody will remember', 'Jon Hale'],
    ['the person an opening phrase names, not another of the same surname ("For Erik Quist, the answer is ...")', 'Ada Quist took over the yard in 1970. Her son, Erik Quist, runs it now.\n\nFor Erik Quist, the answer is less simple: "We build boats that last."', 'boats that last', 'Erik Quist'],
    ['the subject of the clause joined by "but" that the quotation stands in', 'Tom Rask proposed a debate on Monday, but Ada Quist dismissed the plan as "absurd" because of the match.', 'absurd', 'Ada Quist'],
    ['a subject named with initials first ("T.J. Marlow ... was blunt:")', 'The board voted to sell the pier.\n\nT.J. Marlow, who runs a fish restaurant on the pier, was blunt: "Nobody asked us."', 'Nobody asked', 'T.J. Marlow'],
  ],
  'cue-before-paragraph': [['a colon that ends the paragraph before', 'Rita Sandvik spoke first.\n\nSandvik went on:\n\n"You look at the figures."', 'look at the figures', 'Rita Sandvik']],
  'reported-paragraph-before': [['narration that reports a speaker, then the quotation', 'Ada Quist met Tom Rask.\n\nTom Rask said that the harbour was busier than ever.\n\n"That is because the new crane works day and night."', 'new crane', 'Tom Rask']],
  'according-before': [
    ['according to a pronoun', 'Engineer Sofia Brandt spoke. According to her, the pipes are "older than anyone thought".', 'older than', 'Sofia Brandt'],
    ['in the words of a name', 'Tom Rask and Ada Quist met on Monday. In the words of Ada Quist, the plan is "a fair deal."', 'fair deal', 'Ada Quist'],
    ['according to a body named by a bare noun', 'Tom Rask drove home. According to police, the driver "was known to officers."', 'known to officers', 'police'],
  ],
};

describe('attribution rules', () => {
  it('are listed in one place, each with a worked example and cases of its own here', () => {
    expect(RULES.map((r) => r.name).sort()).toEqual(Object.keys(cases).sort());
    for (const rule of RULES) expect(rule.example.length).toBeGreaterThan(10);
  });

  for (const [rule, table] of Object.entries(cases)) {
    describe(rule, () => {
      it.each(table)('%s', (_name, text, words, speaker) => {
        expect(who(text, words)).toEqual([speaker, rule]);
      });
    });
  }

  it('reads verbs spelt the British way and a feature\'s verbs of manner as cues ("emphasised", "smiled", "chuckled", "deadpanned")', () => {
    const text = 'Tom Rask and Ada Quist met on Friday.\n\n"It is late," Quist emphasised.\n\n"Not for me," Rask smiled.\n\n"Nor for me," Quist chuckled.\n\n"Then stay," Rask deadpanned.';
    expect([who(text, 'It is late'), who(text, 'Not for me'), who(text, 'Nor for me'), who(text, 'Then stay')]).toEqual([
      ['Ada Quist', 'cue-after'],
      ['Tom Rask', 'cue-after'],
      ['Ada Quist', 'cue-after'],
      ['Tom Rask', 'cue-after'],
    ]);
  });

  it('reads "as" and a noun that is also a verb after a quotation as no cue', () => {
    expect(who('Ivo Brandt spoke first. She listed "the worst insults of the year" as samples of Rask\'s rude comments about the staff.', 'worst insults')[1]).not.toBe('cue-after');
  });

  it('reads a verb after a quotation that reports a clause of its own as no cue: the quotation is the speaker\'s before it', () => {
    const text = 'The audit came out on Friday.\n\nWhile Tom Rask insisted at the meeting that "the port has paid its way," an auditor from Bergen said the ledgers were a mess.';
    expect(who(text, 'paid its way')).toEqual(['Tom Rask', 'cue-before']);
  });

  it('reads a later verb that introduces the quotation with a colon as its cue, not the verb the sentence opened on', () => {
    const text = 'Ada Quist and Tom Rask shared a stage in Bergen. She told the hall that the ferries had never been safer, at which point Rask shouted: "Ask the crews." The chair asked for calm.';
    expect(who(text, 'Ask the crews')).toEqual(['Tom Rask', 'cue-before']);
    // Not one joined to the verb before it: its subject is the sentence's.
    expect(who('Ada Quist toured the harbour. Quist recalled that she had sailed the route for years, and went on: "The boats are sound."', 'boats are sound')).toEqual(['Ada Quist', 'cue-before']);
  });

  it('knows a surname with an Arabic article as one person, with or without it', () => {
    const text = 'Tom Rask opened the meeting.\n\nSyrian President Bashar al-Assad spoke on Monday.\n\n"We will not leave," Assad said.';
    expect(who(text, 'not leave')).toEqual(['Bashar al-Assad', 'cue-after']);
    expect(extractDataset(text, { id: 'a' }).entities.map((e) => e.name)).toEqual(['Tom Rask', 'Bashar al-Assad']);
  });

  it('never gives a quotation to the person it is about', () => {
    const text = 'President Obama spoke about Mahmoud Abbas on Tuesday. "He is a partner for peace," Obama said. "We will keep talking to him."';
    expect(attributed(text).map(([, speaker]) => speaker)).toEqual(['Obama', 'Obama']);
  });

  it('continuity: a quotation without a cue continues the speaker of the quotation before it', () => {
    expect(who('"We will build it," said Ada Quist. "It will take a year."', 'take a year')).toEqual(['Ada Quist', 'continuity']);
  });

  it('continuity: a quotation after an earlier one in its sentence continues its speaker, whatever words open the narration between them', () => {
    expect(who('The Federal Reserve met on Monday. Ada Quist said that although the vote was an "important step," they were "far from enough."', 'far from enough')).toEqual(['Ada Quist', 'continuity']);
  });

  it('continuity: a quotation that opens its paragraph continues the speaker of the paragraph before', () => {
    expect(who('"We will build it," said Ada Quist.\n\n"It will take a year."', 'take a year')).toEqual(['Ada Quist', 'continuity-paragraph-before']);
  });

  it('continuity: with nobody named before it, the first person named after it in its paragraph, as a guess', () => {
    const text = 'The council met on Monday about the harbour.\n\n"We cannot wait for the spring." The words opened a debate that Ada Quist led for an hour.';
    expect(attributed(text)).toEqual([['We cannot wait for the spring.', 'Ada Quist', 'continuity-named-after', 'low']]);
    // Named only inside another quotation is not named.
    const inQuotes = '"We cannot wait for the spring." The motion "came from Ada Quist," one member said.';
    expect(who(inQuotes, 'cannot wait')[1]).not.toBe('continuity-named-after');
  });

  it('continuity: the answers of an interview go to the person interviewed, as a guess; a question before an answer names nobody ("What" is no speaker)', () => {
    const text = 'Priyanka Raghunathan took over the Alnes museum in January. She spoke to the Ledger.\n\nWhy did you end free entry?\n\n"We could no longer afford it."\n\nWhat surprised you most about the job?\n\n"How much people here love this building."';
    expect(attributed(text)).toEqual([
      ['We could no longer afford it.', 'Priyanka Raghunathan', 'continuity-last-named', 'low'],
      ['How much people here love this building.', 'Priyanka Raghunathan', 'continuity-last-named', 'low'],
    ]);
  });

  it('continuity: with nobody named in its paragraph, the person named or heard last before it, not the last speaker, as a guess', () => {
    const text = '"We will build it," said Ada Quist.\n\nTom Rask chairs the harbour board and has doubts about the plan.\n\nThe plan is "a gamble that the town cannot afford to lose this year."';
    expect(attributed(text)[1]).toEqual(['a gamble that the town cannot afford to lose this year.', 'Tom Rask', 'continuity-last-named', 'low']);
    // With nobody named since, the last speaker is the person heard last.
    expect(who('"We will build it," said Ada Quist.\n\nThe plan is "a gamble that the town cannot afford to lose this year."', 'a gamble')).toEqual(['Ada Quist', 'continuity-last-named']);
  });
});

describe('names', () => {
  it('are whole: a phrase longer than a cue is read to is no cue, and none of its words a name', () => {
    const texts = [
      'According to an inspection report sent in May by the Alnes Harbour Safety and Fisheries Commission, the ferry firm "ignored every warning."',
      'The ferry firm "ignored every warning," according to an inspection report sent in May by the Alnes Harbour Safety and Fisheries Commission.',
      '"We will sell the boats," said a spokeswoman for the federal Harbour Safety and Fisheries Commission of the Kingdom of Norway in Alnes on Friday.',
    ];
    const whole = (name: string, text: string) => new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'u').test(text);
    for (const text of texts) {
      expect(extractDataset(text, { id: 'a' }).entities.filter((e) => !whole(e.name, text))).toEqual([]);
      expect(attributed(text).filter(([, , rule]) => /^(?:according|cue-after-verb)/.test(rule))).toEqual([]);
    }
  });
  it('never end on a rank written short, and keep a surname that is also one', () => {
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('Tom Rask spoke first. "We saw smoke," said Staff Sgt. Greta Holm.')).toEqual(['Tom Rask', 'Greta Holm']);
    expect(names('Tom Rask spoke first. "Growth is freedom," said Amartya Sen.')).toEqual(['Tom Rask', 'Amartya Sen']);
  });
  it('never make a person of a seat of government that speaks ("Harbour Street said", "Alnes Palace said")', () => {
    const types = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => [e.name, e.type]);
    expect(types('Greta Holm spoke first.\n\n"We will not comment," Harbour Street said.')).toEqual([['Greta Holm', 'person'], ['Harbour Street', 'organization']]);
    expect(types('Greta Holm spoke first.\n\n"The king is unwell," Alnes Palace said.')).toEqual([['Greta Holm', 'person'], ['Alnes Palace', 'organization']]);
  });
  it('include a name nobody knows as the subject of a verb after "first", "already", "often" ("Harding Lunde first went to sea")', () => {
    const text = 'Harding Lunde first went to sea at fifteen.\n\n"My father gave me a week," he recalls.';
    expect(who(text, 'a week')).toEqual(['Harding Lunde', 'cue-after']);
  });
  it('include a name nobody knows as the subject of an irregular verb ("Tove Brekke wept")', () => {
    const text = 'The vote went against the library. Tove Brekke wept as it was read out. "We lost," she said.';
    expect(who(text, 'We lost')).toEqual(['Tove Brekke', 'cue-after']);
  });

  it('take a first name before a surname found alone as that person\'s, wherever it stands, but not a place\'s', () => {
    const text = 'With Peter Marsh at the helm, the yard grew.\n\n"My father worked on those docks," Marsh said.';
    expect(who(text, 'My father')).toEqual(['Peter Marsh', 'cue-after']);
    const place = 'The storm hit Port Brandt on Monday.\n\n"We lost two boats," Brandt said.';
    expect(extractDataset(place, { id: 'a' }).entities.map((e) => e.name)).toEqual(['Brandt']);
  });

  it('take a word of no kind the name finder knows before a surname found alone as a first name, but not a role, nor before a surname a full name has', () => {
    const text = 'Alnes won 2-1 with a late header from Kwame Mensah.\n\n"I have waited my whole life for that," Mensah said.';
    expect(who(text, 'whole life')).toEqual(['Kwame Mensah', 'cue-after']);
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('Alnes won 2-1 with a gift from Donor Mensah.\n\n"I have waited my whole life for that," Mensah said.')).toEqual(['Mensah']);
    expect(names('Mom Corners Brandt.\n\nIvo Brandt lost the vote on Monday. "I have waited my whole life for that," Brandt said.')).toEqual(['Ivo Brandt']);
  });

  it('leave out the titles of a harbour master, a chief constable and a treasurer', () => {
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('"We have no other option," Harbour Master Ada Quist told reporters.')).toEqual(['Ada Quist']);
    expect(names('"We have no other option," Chief Constable Tom Rask told reporters.')).toEqual(['Tom Rask']);
    expect(names('"We have no money," Treasurer Greta Holm told reporters.')).toEqual(['Greta Holm']);
  });
  it('take a short title without its stop only from an honorific: "Gen Xers" and "Tom Del Brandt" make no one new', () => {
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('Most Gen Xers in the town came to the hall. "We want the ferry," said Greta Holm.')).toEqual(['Greta Holm']);
    expect(names('Tom Del Brandt chairs the harbour board. "We want the ferry," said Greta Holm.')).toEqual(['Greta Holm']);
  });

  it('take a full name with "who" after it as a person\'s, though its words read as a place', () => {
    const text = 'Marta Rivers, who runs the ferry between Alnes and Bergen with her brother, Ivo, met the Harbour Board on Monday.\n\n"We will keep the boats running," she said.';
    expect(who(text, 'boats running')).toEqual(['Marta Rivers', 'cue-after']);
  });

  it('take a full name nobody knows as a person\'s in an apposition closed by a dash, or before "who" after a dash', () => {
    const text = 'Ferries stopped for nine days.\n\nThe transport minister, Siosaia Tupou — who had stayed out of the dispute — said she welcomed the deal. "Both sides showed courage," Tupou said.';
    expect(who(text, 'showed courage')).toEqual(['Siosaia Tupou', 'cue-after']);
    const relative = 'Ferries stopped for nine days.\n\nSiosaia Tupou - who had stayed out of the dispute - said she welcomed the deal. "Both sides showed courage," Tupou said.';
    expect(who(relative, 'showed courage')).toEqual(['Siosaia Tupou', 'cue-after']);
  });

  it('take a lone surname with a capital inside ("McAllister", "O’Neill") before "said" as a person\'s, as any other surname', () => {
    const text = 'The council met on Monday.\n\nMcAllister said the vote was rigged. "We were cheated," she said.';
    expect(extractDataset(text, { id: 'a' }).entities.map((e) => [e.name, e.type])).toEqual([['McAllister', 'person']]);
    expect(who(text, 'cheated')).toEqual(['McAllister', 'cue-after']);
  });

  it('take a surname of two words after the full name as that person\'s, not a namesake whose first name is its first word', () => {
    const text = 'Mayor Inés Aranda Velasco opened the bridge on Monday.\n\n"It took ten years," Aranda Velasco said.';
    expect(extractDataset(text, { id: 'a' }).entities.map((e) => e.name)).toEqual(['Inés Aranda Velasco']);
    expect(who(text, 'ten years')).toEqual(['Inés Aranda Velasco', 'cue-after']);
  });

  it('take a name that opens a sentence after one that ends on a preposition\'s phrase ("on Monday.") as free, the subject of its verb', () => {
    const text = 'Prosecutor Greta Holm opened the case on Monday.\n\nSiosaia Tupou lied to the insurers for two years, she said. He was arrested in May.\n\n"I never meant to hurt anyone," he told the court.';
    expect(who(text, 'hurt anyone')).toEqual(['Siosaia Tupou', 'cue-after']);
    const two = 'The board met on Monday.\n\nTom Rask wouldn’t say whether Ivo Brandt had seen the plan.\n\n"There is nothing to announce yet," he said.';
    expect(sureOf(two)).toEqual([['Tom Rask', 'medium']]);
  });

  it('take a lone first name given with an age or an aside before "said" as a person\'s ("Freya, 10, said", "Jonas, who wrote the code, said")', () => {
    const text = 'Pupils built a weather station. The project was led by teacher Marla Kilby.\n\nEleven-year-old Jonas, who wrote much of the software, said the hardest part was the rain gauge. "It kept filling with leaves," he said.\n\nHis classmate Freya, 10, said she wanted to be a meteorologist. "I like knowing what will happen," she said.';
    expect(who(text, 'filling with leaves')).toEqual(['Jonas', 'cue-after']);
    expect(who(text, 'knowing what will happen')).toEqual(['Freya', 'cue-after']);
  });

  it('never run across a blank line: a headline\'s last word is no part of a name that opens the next paragraph; a line break alone may fall inside one', () => {
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    const story = 'Ivo Brandt lost the vote on Monday. "I have waited my whole life for that," Brandt said.';
    expect(names(`Mayor Outfoxed by Rivals\n\n${story}`)).toEqual(['Ivo Brandt']);
    expect(names(`Widow Outfoxes Brandt\n\n${story}`)).toEqual(['Ivo Brandt']);
    expect(names('The vote was close. "I have waited my whole life for that," said Ivo\nBrandt, the loser.')).toEqual(['Ivo Brandt']);
  });

  it('take a full name nobody knows as a person\'s when a role in apposition follows it', () => {
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('Ferry crews are angry. Ivo Brandt, a teacher at the Alnes County school in Bergen, for one, thinks little of it.')).toEqual(['Ivo Brandt']);
    expect(names('Ferry crews are angry. Ivo Brandt, a retired teacher at the Alnes County school in Bergen, for one, thinks little of it.')).toEqual(['Ivo Brandt']);
    expect(names('Ferry crews are angry. Alnes County, the biggest of the three, thinks little of it.')).toEqual([]);
  });

  it('take a full name nobody knows after any title of the lexicon as a person\'s ("Inspector", "Supt.", "Coach"), not after "The"', () => {
    expect(who('Two drivers were rescued on Sunday.\n\n"They were lucky," said Inspector Maren Ødegård of Alnes police.', 'lucky')).toEqual(['Maren Ødegård', 'cue-after-verb']);
    expect(who('The road reopened on Monday.\n\n"We checked every metre," said Supt. Torvald Brekkestø.', 'every metre')).toEqual(['Torvald Brekkestø', 'cue-after-verb']);
    expect(who('Alnes lost again on Saturday.\n\nCoach Rufus Penhaligon shrugged. "We have three games in eight days," he said.', 'three games')).toEqual(['Rufus Penhaligon', 'cue-after']);
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('The Storvik Lyngdal line reopened on Monday.')).toEqual([]);
  });

  it('take a full name nobody knows in apposition to a description that opens its sentence ("The mayor, X, cast")', () => {
    const text = 'Ada Quist voted against the hotel.\n\nThe mayor, Torvald Brekkestø, cast the deciding vote. He later admitted he had "agonised" over it.';
    expect(who(text, 'agonised')).toEqual(['Torvald Brekkestø', 'cue-before']);
  });

  it('take a full name nobody knows in apposition to a noun after an owner\'s name ("Brandt\'s wife, Sigrid Eide,")', () => {
    const text = 'Ivo Brandt spoke first.\n\nBrandt\'s wife, Sigrid Eide, says the feud has cost both families. "Our children could not play together," she said.';
    expect(who(text, 'play together')).toEqual(['Sigrid Eide', 'cue-after']);
  });

  it('never take a first name that another surname follows for the person of that first name ("Rich Tveit" is not Rich Solberg)', () => {
    // (The name finder found "Rich" alone in both; the first full name was known from its apposition.)
    const text = 'The early vote began.\n\n"We see it as one long polling day," said the deputy campaign manager, Rich Solberg, who ran the ground game.\n\nRich Tveit, a top operative who ran the early vote, said the program is a "vital part of the plan."';
    expect(who(text, 'vital part')).toEqual(['Rich Tveit', 'cue-before']);
  });

  it('take a third word that ends a name nobody knows as the name\'s, so that a namesake of one word in it is told apart', () => {
    // (Before, "Thura Aung" and "Soe Myat" were the names, and "Min" and "Win" took their words.)
    const min = 'Boats sounded their horns outside the harbour office.\n\nMin Lwin, a member of the harbour board, said the party had "taken most of the seats."\n\n"It is too early to call the result," said Thura Aung Min, an analyst in Nordvik. "The rural seats come in last."';
    expect(who(min, 'too early')).toEqual(['Thura Aung Min', 'cue-after-verb']);
    expect(who(min, 'rural seats')).toEqual(['Thura Aung Min', 'continuity']);
    expect(who(min, 'most of the seats')).toEqual(['Min Lwin', 'cue-before']);
    const win = 'Boats sounded their horns outside the harbour office.\n\nWin Naing, a member of the harbour board, said the party had "taken most of the seats."\n\n"It is too early to call the result," said Soe Myat Win, an analyst in Nordvik.';
    expect(who(win, 'most of the seats')).toEqual(['Win Naing', 'cue-before']);
    expect(who(win, 'too early')).toEqual(['Soe Myat Win', 'cue-after-verb']);
    // Not a role that opens the sentence, nor a day.
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('The plan was dropped. Spokeswoman Ada Quist said the board "will try again."')).toEqual(['Ada Quist']);
    expect(names('The plan was dropped. "We will try again," said Aigerim Bekova Tuesday.')).toEqual(['Aigerim Bekova']);
  });

  it('take a first name joined by "and" to a full name as one of the family, so that "she" can mean either sister', () => {
    const text = 'Ada and Greta Lunde opened their cafe on Harbour Street in 1998.\n\n"She bakes, I count," Greta said.\n\nAda is quieter. She rarely leaves the kitchen.\n\n"I know the regulars by what they order," she said.';
    expect(extractDataset(text, { id: 'a' }).entities.map((e) => e.name)).toEqual(['Ada Lunde', 'Greta Lunde']);
    expect(attributed(text).find(([quote]) => quote.includes('regulars'))?.slice(1)).toEqual(['Ada Lunde', 'cue-after', 'medium']);
  });

  it('never take the words of a cooperative\'s name for a person\'s', () => {
    const text = 'Greenfield Dairy Cooperative said milk prices would rise. "We have no choice," said Ada Quist.';
    expect(extractDataset(text, { id: 'a' }).entities.map((e) => [e.name, e.type])).toEqual([['Ada Quist', 'person']]);
  });

  it('take "Will" for a first name in a sentence that asks nothing, not in a question', () => {
    const names = (text: string) => extractDataset(text, { id: 'a' }).entities.map((e) => e.name);
    expect(names('The ferry sailed late on Monday.\n\n"It will pass," Will Brandt, who skippers the night boat, said.')).toEqual(['Will Brandt']);
    expect(names('Tom Brandt chairs the board. Will Brandt win the vote? "It will pass," Brandt said.')).toEqual(['Tom Brandt']);
  });

  it('are never an article: "The" opening a sentence is nobody', () => {
    const text = 'The talks ended late on Monday. "We will meet again."';
    expect(extractDataset(text, { id: 'a' }).entities.map((e) => e.name)).toEqual([]);
  });
});

describe('shares of people', () => {
  it('a bare share speaks for the people the shares before it were of', () => {
    const text = 'A poll came out. Only 40 percent of harbour workers agreed that the plan was "fair," while 30 percent said the same of the old one. However, 55 percent said the plan was "too slow."';
    expect(who(text, 'too slow')).toEqual(['harbour workers', 'cue-before']);
  });
});

describe('what is no cue', () => {
  it('a verb with a clause after a quoted phrase, and a number that opens a sentence', () => {
    expect(who('Ada Quist wrote to the board.\n\nPort counsel Tom Rask wrote in his reply that the poster "plainly" suggests that the board backs it.', 'plainly')).toEqual(['Tom Rask', 'cue-before']);
    expect(who('Ada Quist spoke. Thirty years ago, the Ledger called the port "a lost cause."', 'lost cause')[0]).not.toBe('Thirty');
  });
  it('a noun that opens a sentence before a plural noun and its verb ("Ferry prices rose"), which names no speaker', () => {
    expect(who('Ferry prices rose again in May.\n\n"Nobody can afford this."', 'afford this')[0]).toBeNull();
    expect(who('Cod stocks are falling.\n\n"It should have happened years ago."', 'years ago')[0]).toBeNull();
  });
});

describe('what is written, not said', () => {
  it('gives no record to the words of a sign, a banner or a headline', () => {
    expect(attributed('"New lower prices. Same high standards," reads one sign in the window.')).toEqual([]);
    expect(attributed('Protesters carried a banner that read: "Save our harbour." Ada Quist watched.')).toEqual([]);
    expect(attributed('A banner at the protest read "Hands off our harbour!" Ada Quist watched.')).toEqual([]);
    // Nor to the words listed after them: signs that read "A" and "B", a plan dubbed "A", "B" or "C".
    expect(attributed('Ada Quist spoke. Signs at the protest read "No levy, no way" and "Clean air for all."')).toEqual([]);
    expect(attributed('Tom Rask spoke. The plan, dubbed "a fair deal", "the harbour fix" or "a sell-off", passed.')).toEqual([]);
    // Nor to a name the words are known by: "known locally as", "nicknamed".
    expect(attributed('Ada Quist spoke. The council plan, known locally as "the big squeeze", cuts winter sailings.')).toEqual([]);
    expect(attributed('Council leader Tom Rask, nicknamed "the Accountant" by his critics, defended the cuts.')).toEqual([]);
    // (Not a quotation that opens a sentence after one: ""Clean air," Quist said.")
    expect(attributed('Signs read "No levy." "Clean air is a right," Ada Quist said.').map(([words, speaker]) => [words, speaker])).toEqual([['Clean air is a right,', 'Ada Quist']]);
    // (Not a person whose noun begins with such a word: "the sign language interpreter said".)
    expect(who('Ada Quist spoke. The sign language interpreter said it was "a long day."', 'long day')[0]).not.toBeNull();
  });
});

describe('quotation marks of other languages', () => {
  it('reads a British article in single marks as one in double marks, and keeps its characters', () => {
    const text = 'Tom Rask spoke first.\n\n‘It was the teachers’ union that won,’ said Ada Quist, 54. ‘We don’t give up.’\n\nQuist said the deal was ‘a betrayal of the workers’.\n\n‘I saw it go down,’ she added.';
    expect(attributed(text).map(([words, speaker, rule]) => [words, speaker, rule])).toEqual([
      ['It was the teachers’ union that won,', 'Ada Quist', 'cue-after-verb'],
      ['We don’t give up.', 'Ada Quist', 'continuity'],
      ['a betrayal of the workers', 'Ada Quist', 'cue-before'],
      ['I saw it go down,', 'Ada Quist', 'cue-after'],
    ]);
    const data = extractDataset(text, { id: 'a' });
    expect(data.sources[0]?.text).toBe(text);
    expect(data.records.filter((r) => r.cue).every((r) => text.includes(r.cue?.text ?? ''))).toBe(true);
  });

  it('attributes a quotation in guillemets as one in English marks', () => {
    expect(who('Le ministre Jean Moulin said: « Nous ne céderons pas. » Puis il est parti.', 'céderons')).toEqual(['Jean Moulin', 'cue-before']);
    expect(who('"We will not yield," said Jean Moulin. « Jamais », he added.', 'Jamais')).toEqual(['Jean Moulin', 'cue-after']);
  });
});

describe('how sure an attribution is', () => {
  it('is high for a name in a cue before the quotation, right before it or further, but medium for what someone called a thing', () => {
    expect(attributed('Petra Aalders said: "We are ready."').map(([, , , c]) => c)).toEqual(['high']);
    expect(attributed('Petra Aalders told reporters on Friday after the vote in the chamber that the plan was "ready."').map(([, , , c]) => c)).toEqual(['high']);
    expect(sureOf('Ada Quist spoke after the vote, in which Tom Rask called the plan "a fair deal for everyone in the harbour."')).toEqual([['Tom Rask', 'medium']]);
    expect(sureOf('Tom Rask called it: "A fair deal for everyone in the harbour."')).toEqual([['Tom Rask', 'medium']]);
  });

  it('is low where the cue reports the words second-hand, high where it does not', () => {
    expect(sureOf('"We will build it," Ada Quist said, according to the Ledger.')).toEqual([['Ada Quist', 'low']]);
    expect(sureOf('"We will build it," Ada Quist said in the Ledger.')).toEqual([['Ada Quist', 'high']]);
    expect(sureOf('According to the Ledger, Ada Quist said: "We will build it."')).toEqual([['Ada Quist', 'low']]);
  });

  it('is high for a pronoun with one person it can mean, medium where another it can mean is named near as a subject, or spoke just before and the sentence before does not name the one meant', () => {
    const lone = 'The council closed the library.\n\nLibrarian Greta Holm, who has worked there for 22 years, wept as the vote was announced.\n\n"I knew it was coming," she said.';
    expect(sureOf(lone)).toEqual([['Greta Holm', 'high']]);
    const man = 'The council closed the library.\n\nLibrarian Greta Holm wept as Tom Rask read out the vote.\n\n"I knew it was coming," she said.';
    expect(sureOf(man)).toEqual([['Greta Holm', 'high']]);
    const two = 'The council closed the library.\n\nLibrarian Greta Holm wept as Ada Quist read out the vote.\n\n"I knew it was coming," she said.';
    expect(attributed(two).map(([, , , c]) => c)).toEqual(['medium']);
    // (Another named only as an owner or after a preposition is not one the pronoun can mean.)
    const owned = 'The council closed the library. Tom Rask read out the vote.\n\nAsked about Rask\'s vote, librarian Ivo Brandt said he understood it.\n\n"I knew it was coming," he said.';
    expect(sureOf(owned)).toEqual([['Ivo Brandt', 'high']]);
    // After another's quotation, the one the sentence before names as its subject is meant; one named further back may not be.
    const after = '"We had no choice," Mayor Ada Quist said.\n\nLibrarian Greta Holm wept as the vote was announced.\n\n"I knew it was coming," she said.';
    expect(sureOf(after)).toEqual([
      ['Ada Quist', 'high'],
      ['Greta Holm', 'high'],
    ]);
    const further = '"We had no choice," Mayor Ada Quist said.\n\nLibrarian Greta Holm wept. The vote was close.\n\n"I knew it was coming," she said.';
    expect(sureOf(further)).toEqual([
      ['Ada Quist', 'high'],
      ['Greta Holm', 'medium'],
    ]);
  });

  it('is no surer for a pronoun because "she said" after a clause about a man ("X lied, she said") made him a woman', () => {
    const text = 'Prosecutor Greta Holm opened the case in court.\n\nSiosaia Tupou lied to the insurers for two years, she said, and Ivo Brandt helped him.\n\n"I never meant to hurt anyone," he told the court.';
    expect(sureOf(text)).toEqual([['Siosaia Tupou', 'medium']]);
  });

  it('is high for a pronoun after the quotation of a woman whose description before her name says she is one ("A spokeswoman for the council, X,")', () => {
    const text = 'Desmond Okafor, a neurologist, praised the study.\n\nA spokeswoman for the council, Sunniva Lyngstad, said it "takes no side."\n\nOkafor nodded. The board thanked him. "That costs nothing," he said.';
    expect(sureOf(text)).toEqual([
      ['Sunniva Lyngstad', 'high'],
      ['Desmond Okafor', 'high'],
    ]);
    // A description that is another's ("a friend of the spokeswoman") says nothing of the name after it.
    const friend = 'Desmond Okafor praised the study.\n\nA friend of the spokeswoman, Torvald Brekkestø, said it "takes no side."\n\nOkafor nodded. The board thanked him. "That costs nothing," he said.';
    expect(sureOf(friend)).toEqual([
      ['Torvald Brekkestø', 'high'],
      ['Desmond Okafor', 'medium'],
    ]);
  });

  it('is high for a pronoun whose one person the sentence before names as its subject, after the quotation of someone whose gender nobody knows as well', () => {
    const text = 'Desmond Okafor praised the study.\n\nTorvald Brekkestø, a council member, said it "takes no side."\n\nOkafor said he would still advise patients to stop early. "That costs nothing," he said.';
    expect(sureOf(text)).toEqual([
      ['Torvald Brekkestø', 'high'],
      ['Desmond Okafor', 'high'],
    ]);
  });

  it('is high for a pronoun whose one person a verb of speech before the name makes the speaker ("noted the Ledger\'s Tom Rask"), not one it names as the one asked', () => {
    const noted = 'Ferry fares will rise again in March, noted the Ledger\'s Tom Rask.\n\n"The harbour board has no other lever left," he wrote.';
    expect(sureOf(noted)).toEqual([['Tom Rask', 'high']]);
    const asked = 'The board met on Monday. Ada Quist asked Tom Rask about the fares.\n\n"They will rise," he said.';
    expect(sureOf(asked)).toEqual([['Tom Rask', 'medium']]);
  });

  it('is high for a pronoun whose one person comes right before a verb whose past is its present ("cast", "spread") or irregular ("found", "lay")', () => {
    for (const verb of ['cast the deciding vote', 'spread the word', 'found the papers', 'lay awake all night']) {
      const text = `Ada Quist chaired the meeting.\n\nTom Rask ${verb}. He later admitted he had "agonised" over it.`;
      expect(sureOf(text), verb).toEqual([['Tom Rask', 'high']]);
    }
  });

  it('is high for a pronoun whose one person is named further back, past sentences that name nobody or open on the pronoun, but not past another it can mean', () => {
    const chain = 'The storm passed at dawn.\n\nAda Quist, the harbour master, said both men had done their jobs. She said the crew were safe. The trawler was towed in at noon.\n\n"They were lucky," she said.';
    expect(sureOf(chain)).toEqual([['Ada Quist', 'high']]);
    const other = 'The storm passed at dawn.\n\nAda Quist, the harbour master, said both men had done their jobs. She said Greta Holm had brought the crew home.\n\n"They were lucky," she said.';
    expect(attributed(other).map(([, , , c]) => c)).toEqual(['medium']);
  });

  it('is as sure for the second half of a quotation as for the first when one cue stands between them', () => {
    const rows = attributed('The fleet was grounded. "Safety comes first," Alnes Air said on its website. "The planes stay on the ground until we know."');
    expect(rows.map(([, speaker, rule, c]) => [speaker, rule, c])).toEqual([
      ['Alnes Air', 'cue-after', 'high'],
      ['Alnes Air', 'cue-before', 'high'],
    ]);
    // (The second half reads the words after the verb with its cue, which the first does not.)
    const told = attributed('Nordvik Energy reported a loss. "It was a hard quarter," chief executive Marla Kilby told analysts on a conference call. "We expect a recovery."');
    expect(told.map(([, speaker, rule, c]) => [speaker, rule, c])).toEqual([
      ['Marla Kilby', 'cue-after', 'high'],
      ['Marla Kilby', 'cue-before', 'high'],
    ]);
    // (And the first half as the second: here only the second reads "she" as one the
    // pronoun alone can mean, since before the first stands a quotation of someone else.)
    const halves = attributed('Goalkeeper Kim Brandt saved two kicks. "I guessed," Brandt said.\n\nManager Greta Holm praised her players. "They never stopped running," she told reporters. "This is for the town."');
    expect(halves.map(([, speaker, , c]) => [speaker, c])).toEqual([
      ['Kim Brandt', 'high'],
      ['Greta Holm', 'high'],
      ['Greta Holm', 'high'],
    ]);
  });

  it('is low for a noun of one who does something that the lexicon does not know, which may be a person as well as a body', () => {
    expect(attributed('Ivo Brandt beat Tom Rask on Sunday.\n\n"My serve let me down," the left-hander said.').map(([, , , c]) => c)).toEqual(['low']);
    // (A body's noun the lexicon knows stays an organization named in the cue.)
    expect(sureOf('Tom Rask spoke first.\n\n"We will appeal," the firm said.')).toEqual([['firm', 'high']]);
  });

  it('is medium for an organization in a cue before the quotation, high in one after it', () => {
    expect(sureOf('Tom Rask spoke first.\n\nThe Harbour Safety Office said the pier was "unsafe for crowds."')).toEqual([['Harbour Safety Office', 'medium']]);
    expect(sureOf('Tom Rask spoke first.\n\n"The pier is unsafe for crowds," the Harbour Safety Office said.')).toEqual([['Harbour Safety Office', 'high']]);
  });

  it('is medium for a name in a cue after a phrase that does not end as speech does', () => {
    expect(sureOf('Tom Rask spoke. The plan was a "fair deal" Ada Quist said later.')).toEqual([['Ada Quist', 'medium']]);
    expect(sureOf('Tom Rask spoke. "It was a fair deal," Ada Quist said later.')).toEqual([['Ada Quist', 'high']]);
    expect(sureOf('"Call it \'a fair deal,\'" Ada Quist said.')).toEqual([['Ada Quist', 'high']]);
  });

  it('is high for a name in a cue that ends the sentence after more words, as for one right after the quotation', () => {
    const rows = attributed('Ivo Brandt spoke first. "He has the right plan" for the new school, said Marla Kilby, a teacher.');
    expect(rows.map(([, speaker, rule, c]) => [speaker, rule, c])).toEqual([['Marla Kilby', 'cue-at-sentence-end', 'high']]);
  });

  it('is high for a name in the cue and for the next piece of the same paragraph, medium for the paragraph after, and low for a guess further and what only continues it', () => {
    const rows = attributed('"We will build it," said Ada Quist. "It will take a year."\n\n"Nobody asked us." "The money is there."');
    expect(rows.map(([, , rule, confidence]) => [rule, confidence])).toEqual([
      ['cue-after-verb', 'high'],
      ['continuity', 'high'],
      ['continuity-paragraph-before', 'medium'],
      ['continuity', 'medium'],
    ]);
    const guess = attributed('"We will build it," said Ada Quist.\n\nThe council met on Tuesday.\n\nThe plan is "a gamble that the town cannot afford." "The money is not there."');
    expect(guess.map(([, , rule, confidence]) => [rule, confidence])).toEqual([
      ['cue-after-verb', 'high'],
      ['continuity-last-named', 'low'],
      ['continuity', 'low'],
    ]);
  });

  it('is high for a name that labels the words, as in a transcript', () => {
    expect(attributed('Greta Holm voted no. Holm: "The roof leaks."').map(([, speaker, rule, c]) => [speaker, rule, c])).toEqual([['Greta Holm', 'name-label', 'high']]);
  });

  it('carries a sure speaker along a chain: a pronoun or a continuation near after a high quotation of the same speaker is high, after a medium one medium', () => {
    const sure = attributed('Ada Quist spoke after Greta Holm. "We will build it," she said. "The money is there," she added.');
    expect(sure.map(([, speaker, , c]) => [speaker, c])).toEqual([
      ['Ada Quist', 'medium'],
      ['Ada Quist', 'medium'],
    ]);
    const chained = attributed('"We will build it," Ada Quist said. Her office agreed.\n\n"The money is there," she added. "It always was."');
    expect(chained.map(([, speaker, , c]) => [speaker, c])).toEqual([
      ['Ada Quist', 'high'],
      ['Ada Quist', 'high'],
      ['Ada Quist', 'high'],
    ]);
    // Far from the sure one, a pronoun is as sure as its own cue.
    const far = attributed(`"We will build it," Ada Quist said. ${'The council met again on Tuesday and talked about the budget. '.repeat(8)}"The money is there," she added.`);
    expect(far.map(([, speaker, , c]) => [speaker, c])).toEqual([
      ['Ada Quist', 'high'],
      ['Ada Quist', 'medium'],
    ]);
  });

});
