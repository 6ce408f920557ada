package io.okrscorecard.jira.issues;

import com.atlassian.query.Query;
import java.util.Locale;

/**
 * A query whose hits cannot be read completely inside the search window: at least {@link PagedSearch#RESULT_WINDOW}
 * issues match it within one minute of creation time, the narrowest slice JQL can name (or before 1970, or after 2100,
 * where the app does not bisect). The read fails, so the key result is not recalculated from part of its work; the
 * message names the limit, the query, the slice and the Jira property behind the limit, for the administrator reading
 * the log.
 */
public final class SearchWindowExceededException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SearchWindowExceededException(Query query, String createdFrom, String createdBefore) {
        super(String.format(
                Locale.ROOT,
                "Jira's search platform pages through at most %,d hits of one search (the search platform's"
                        + " max_result_window; Jira requests up to jira.search.platform.max.result.window, whose"
                        + " default this app stays inside). The query %s finds at least that many issues created %s,"
                        + " a slice of creation time the app cannot narrow further, so they cannot be read completely"
                        + " and this read fails instead of counting part of them. Split the work (e.g. the epic) so"
                        + " that fewer than %,d of its issues fall in that slice.",
                PagedSearch.RESULT_WINDOW,
                query,
                slice(createdFrom, createdBefore),
                PagedSearch.RESULT_WINDOW));
    }

    private static String slice(String from, String before) {
        if (from == null) {
            return "before " + before;
        }
        if (before == null) {
            return "at or after " + from;
        }
        return "from " + from + " to before " + before;
    }
}
