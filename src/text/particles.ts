/**
 * The small words inside a name, between a first name and a surname, or opening a
 * surname named alone: "Ines de Vries", "Ines van der Berg" and "Van der Berg", "Karim
 * el Amrani", "ibn", the Irish "Ó" and "Ní". Lower case. Extraction reads names with
 * them (extract/people.ts), and the name resolver tells by them that "Van der Berg"
 * gives no first name (query/names.ts).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  ...['de', 'del', 'della', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'ben', 'al', 'el', 'la', 'le', 'los', 'las'],
  // Irish, with and without their accents (a name folded for comparison loses them).
  ...['ó', 'o', 'ní', 'ni', 'nic', 'uí', 'ui', 'ua'],
]);

/** The Irish particles, which a name writes with a capital: "Seán Ó Ríordáin", "Aoife Ní Bhriain". */
export const CAPITAL_PARTICLES: readonly string[] = ['Ó', 'Ní', 'Nic', 'Uí', 'Ua'];
