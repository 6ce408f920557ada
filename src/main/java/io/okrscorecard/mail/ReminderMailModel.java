package io.okrscorecard.mail;

import java.util.List;
import java.util.function.Function;

/**
 * The one view model of {@code templates/mail/okr-reminder.vm}: a person's check-in reminder with its texts already in
 * the recipient's language. Every method the template calls is in the {@code <velocity-allowlist>} of
 * atlassian-plugin.xml.
 */
public final class ReminderMailModel {
    private final Function<String, String> texts;
    private final String greeting;
    private final String intro;
    private final List<Row> rows;
    private final String preferencesUrl;

    ReminderMailModel(
            Function<String, String> texts, String greeting, String intro, List<Row> rows, String preferencesUrl) {
        this.texts = texts;
        this.greeting = greeting;
        this.intro = intro;
        this.rows = List.copyOf(rows);
        this.preferencesUrl = preferencesUrl;
    }

    /** The translation of an {@code okr.mail.*} key in the recipient's language. */
    public String text(String key) {
        return texts.apply(key);
    }

    public String getGreeting() {
        return greeting;
    }

    public String getIntro() {
        return intro;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The app's page where the logged-in recipient turns reminders off; the link carries no token. */
    public String getPreferencesUrl() {
        return preferencesUrl;
    }

    /** One key result in the reminder, every value a display text. */
    public static final class Row {
        private final String key;
        private final String summary;
        private final String issueUrl;
        private final String lastValue;
        private final String confidence;
        private final String dueSince;
        private final String objective;

        Row(
                String key,
                String summary,
                String issueUrl,
                String lastValue,
                String confidence,
                String dueSince,
                String objective) {
            this.key = key;
            this.summary = summary;
            this.issueUrl = issueUrl;
            this.lastValue = lastValue;
            this.confidence = confidence;
            this.dueSince = dueSince;
            this.objective = objective;
        }

        public String getKey() {
            return key;
        }

        public String getSummary() {
            return summary;
        }

        public String getIssueUrl() {
            return issueUrl;
        }

        public String getLastValue() {
            return lastValue;
        }

        public String getConfidence() {
            return confidence;
        }

        public String getDueSince() {
            return dueSince;
        }

        public String getObjective() {
            return objective;
        }
    }
}
