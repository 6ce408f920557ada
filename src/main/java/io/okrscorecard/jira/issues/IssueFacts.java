package io.okrscorecard.jira.issues;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.status.Status;
import io.okrscorecard.core.work.StatusCategory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads the values the app cares about from a Jira issue, tolerating the shapes custom-field values come in. */
public final class IssueFacts {

    private IssueFacts() {}

    /**
     * The issue's status category. Jira also knows an "undefined" category (statuses created before categories
     * existed); it counts as {@link StatusCategory#NEW}, like any key the core does not know.
     */
    public static StatusCategory statusCategory(Issue issue) {
        Status status = issue.getStatus();
        if (status == null || status.getStatusCategory() == null) {
            return StatusCategory.NEW;
        }
        String key = status.getStatusCategory().getKey();
        for (StatusCategory category : StatusCategory.values()) {
            if (category.key().equals(key)) {
                return category;
            }
        }
        return StatusCategory.NEW;
    }

    /** A number field's value; {@code null} when the field is missing, empty or not a number. */
    public static Double number(Issue issue, CustomField field) {
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return number.doubleValue();
        }
        return null;
    }

    /** A text field's value, stripped; {@code null} when missing or blank. */
    public static String text(Issue issue, CustomField field) {
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (value == null) {
            return null;
        }
        String text = value instanceof Option option ? option.getValue() : value.toString();
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The values of a select field (single or multi); empty when the field is missing or empty. */
    public static List<String> optionValues(Issue issue, CustomField field) {
        List<String> values = new ArrayList<>();
        Object value = field == null ? null : issue.getCustomFieldValue(field);
        if (value instanceof Collection<?> many) {
            for (Object one : many) {
                addOptionValue(values, one);
            }
        } else {
            addOptionValue(values, value);
        }
        return values;
    }

    private static void addOptionValue(List<String> values, Object value) {
        if (value instanceof Option option && option.getValue() != null) {
            values.add(option.getValue());
        } else if (value instanceof String text && !text.isBlank()) {
            values.add(text.strip());
        }
    }
}
