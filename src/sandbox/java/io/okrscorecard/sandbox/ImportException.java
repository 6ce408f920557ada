package io.okrscorecard.sandbox;

import java.util.List;

/**
 * A Jira export that cannot be imported. Carries every problem found (up to {@link #LIMIT}), each naming the file,
 * the issue key and the field, so that one run shows all that needs fixing; nothing of the export is imported.
 */
public final class ImportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Problems kept and reported together; more are counted, not listed. */
    public static final int LIMIT = 20;

    private final transient List<Problem> problems;
    private final int total;

    ImportException(List<Problem> problems, int total) {
        super(message(problems, total));
        this.problems = List.copyOf(problems);
        this.total = total;
    }

    /**
     * One thing wrong with the input.
     *
     * @param file the file name, e.g. {@code export-2.json}
     * @param issueKey the issue it was found on, {@code null} for a problem of the page or the mapping file
     * @param field the field, e.g. {@code customfield_10106 (Story Points)}, {@code null} for a problem of the file
     */
    public record Problem(String file, String issueKey, String field, String message) {

        /** {@code export-2.json: OKR-17: customfield_10106 (Story Points) must be a number, was "lots"}. */
        public String text() {
            StringBuilder text = new StringBuilder(file).append(": ");
            if (issueKey != null) {
                text.append(issueKey).append(": ");
            }
            if (field != null) {
                text.append(field).append(' ');
            }
            return text.append(message).toString();
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    /** How many problems were found, listed or not. */
    public int total() {
        return total;
    }

    /** The file of the first problem. */
    public String file() {
        return problems.get(0).file();
    }

    /** The issue key of the first problem, {@code null} when it is not about one issue. */
    public String issueKey() {
        return problems.get(0).issueKey();
    }

    /** The field of the first problem, {@code null} when it is about a whole file. */
    public String field() {
        return problems.get(0).field();
    }

    private static String message(List<Problem> problems, int total) {
        if (total == 1) {
            return problems.get(0).text();
        }
        StringBuilder text = new StringBuilder(total + " problems in the Jira export, nothing was imported:");
        for (Problem problem : problems) {
            text.append("\n  ").append(problem.text());
        }
        if (total > problems.size()) {
            text.append("\n  ... and ").append(total - problems.size()).append(" more");
        }
        return text.toString();
    }
}
