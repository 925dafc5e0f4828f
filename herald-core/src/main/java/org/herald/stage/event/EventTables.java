package org.herald.stage.event;

import java.util.Map;
import java.util.Set;

/**
 * What {@link EventStage#open} loads and builds for the event rules: the user's verb dictionary and codes, the
 * CAMEO table, the clause analyser, the trigger lexicon and its lemmatizer, and the country words (demonyms,
 * country names, capitals, domestic groups). Immutable once built; shared by all threads.
 *
 * @param verbs the user's verb dictionary, consulted before the built-in triggers
 * @param userCodes codes of the user's verb dictionary that the CAMEO table lacks ("903", "174L")
 * @param cameo the CAMEO table
 * @param clauseRoles the clause analysis the word-position rules ask where they need it
 * @param lexicon the built-in triggers ({@code event-verbs-v1.tsv})
 * @param lemmatizer lemmas of the lexicon's words and the cue verbs
 * @param singulars plurals ("strikes") → the lexicon's singular pattern words ("strike")
 * @param verbLemmas the lexicon's verb heads and the cue verbs: bare words that are verbs ("to withdraw")
 * @param demonyms lower-cased demonym adjective → ISO3, only those naming one country ("cameroonian" → CMR)
 * @param countryNames ISO3 → the country's name
 * @param capitals capital cities by name ("Algiers"), for a place's country
 * @param pluralDemonyms lower-cased plural demonym nouns → ISO3 ("algerians" → DZA), only those naming one country
 * @param domesticNouns {@code event-domestic-v1.tsv}: unnamed groups of the sentence's country, lower-case noun →
 *     sector
 */
record EventTables(VerbDictionary verbs, Map<String, CameoCode> userCodes, CameoTable cameo,
    ClauseRoles clauseRoles, TriggerLexicon lexicon, Lemmatizer lemmatizer, Map<String, String> singulars,
    Set<String> verbLemmas, Map<String, String> demonyms, Map<String, String> countryNames, Set<String> capitals,
    Map<String, String> pluralDemonyms, Map<String, String> domesticNouns) {

  /** The entry for a code, CAMEO's or the user's; null when neither knows it. */
  CameoCode codeOf(String c) {
    CameoCode k = cameo.get(c);
    return k != null ? k : userCodes.get(c);
  }
}
