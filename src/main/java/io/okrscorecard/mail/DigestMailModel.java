package io.okrscorecard.mail;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one view model of {@code templates/mail/okr-digest.vm}: a weekly digest already put into words in the
 * recipient's language, every value plain text (the template escapes it). Immutable; every method the template calls is
 * listed in the {@code <velocity-allowlist>} of atlassian-plugin.xml, those of its rows too.
 */
public final class DigestMailModel {
    private final Map<String, String> texts;
    private final String title;
    private final String scope;
    private final List<PerspectiveRow> perspectives;
    private final List<ObjectiveRow> statusChanges;
    private final List<DueRow> checkInsDue;
    private final List<ObjectiveRow> topMovers;
    private final String hiddenNote;
    private final String footer;

    DigestMailModel(
            Map<String, String> texts,
            String title,
            String scope,
            List<PerspectiveRow> perspectives,
            List<ObjectiveRow> statusChanges,
            List<DueRow> checkInsDue,
            List<ObjectiveRow> topMovers,
            String hiddenNote,
            String footer) {
        this.texts = new TreeMap<>(texts);
        this.title = title;
        this.scope = scope;
        this.perspectives = List.copyOf(perspectives);
        this.statusChanges = List.copyOf(statusChanges);
        this.checkInsDue = List.copyOf(checkInsDue);
        this.topMovers = List.copyOf(topMovers);
        this.hiddenNote = hiddenNote;
        this.footer = footer;
    }

    /** The translation of {@code key}, or the key itself when the bundle has none (a gap is visible, not blank). */
    public String text(String key) {
        return texts.getOrDefault(key, key);
    }

    public String getTitle() {
        return title;
    }

    /** The scope in words: cycle, projects or saved filter, perspectives. */
    public String getScope() {
        return scope;
    }

    public List<PerspectiveRow> getPerspectives() {
        return perspectives;
    }

    public List<ObjectiveRow> getStatusChanges() {
        return statusChanges;
    }

    public List<DueRow> getCheckInsDue() {
        return checkInsDue;
    }

    public List<ObjectiveRow> getTopMovers() {
        return topMovers;
    }

    public boolean hasStatusChanges() {
        return !statusChanges.isEmpty();
    }

    public boolean hasCheckInsDue() {
        return !checkInsDue.isEmpty();
    }

    public boolean hasTopMovers() {
        return !topMovers.isEmpty();
    }

    /** How many objectives in scope the recipient may not see; empty when none. */
    public String getHiddenNote() {
        return hiddenNote;
    }

    public String getFooter() {
        return footer;
    }

    /** A perspective: name, score ("63%" or a dash), status in words, its colour tone and the change in words. */
    public static final class PerspectiveRow {
        private final String name;
        private final String score;
        private final String status;
        private final String tone;
        private final String change;

        PerspectiveRow(String name, String score, String status, String tone, String change) {
            this.name = name;
            this.score = score;
            this.status = status;
            this.tone = tone;
            this.change = change;
        }

        public String getName() {
            return name;
        }

        public String getScore() {
            return score;
        }

        public String getStatus() {
            return status;
        }

        /** good, warn, bad or none: the colour of the status. */
        public String getTone() {
            return tone;
        }

        public String getChange() {
            return change;
        }
    }

    /** An objective: key, link, summary, and what changed in words. */
    public static final class ObjectiveRow {
        private final String key;
        private final String url;
        private final String summary;
        private final String detail;
        private final String tone;

        ObjectiveRow(String key, String url, String summary, String detail, String tone) {
            this.key = key;
            this.url = url;
            this.summary = summary;
            this.detail = detail;
            this.tone = tone;
        }

        public String getKey() {
            return key;
        }

        public String getUrl() {
            return url;
        }

        public String getSummary() {
            return summary;
        }

        /** e.g. "Green → Red, 80% → 30%" or "−50 points". */
        public String getDetail() {
            return detail;
        }

        public String getTone() {
            return tone;
        }
    }

    /** A key result with a check-in due: key, link, summary, its objective and since when. */
    public static final class DueRow {
        private final String key;
        private final String url;
        private final String summary;
        private final String detail;

        DueRow(String key, String url, String summary, String detail) {
            this.key = key;
            this.url = url;
            this.summary = summary;
            this.detail = detail;
        }

        public String getKey() {
            return key;
        }

        public String getUrl() {
            return url;
        }

        public String getSummary() {
            return summary;
        }

        public String getDetail() {
            return detail;
        }
    }
}
