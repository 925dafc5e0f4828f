package org.herald.store;

import java.time.LocalDate;

/**
 * One event as reported across articles: reports with the same source code, target code and CAMEO code within a
 * day of the first report are one linked event. The coding is the first report's.
 *
 * @param id the linked event's id (GDELT's GLOBALEVENTID)
 * @param day the day it happened (the text's date when it gives a full day, else the first report's
 *     publication day), or null when neither is known
 * @param source who acts
 * @param target who is acted on, or null
 * @param cameo CAMEO event code
 * @param plover PLOVER event type
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein Goldstein scale score, -10 to 10
 * @param numMentions reports of it, counting repeats within an article
 * @param numArticles articles reporting it
 * @param numSources distinct sources (URL hosts; files without a URL count as one source) reporting it
 * @param first the first report
 */
public record LinkedEvent(long id, LocalDate day, StoredActor source, StoredActor target, String cameo,
                          String plover, int quadClass, double goldstein, int numMentions, int numArticles,
                          int numSources, EventReport first) {
}
