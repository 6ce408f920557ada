package io.okrscorecard.jira.objectives;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.perspective.PerspectiveMapping;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.issues.HostObjectLookup;
import io.okrscorecard.jira.issues.IssueFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads an objective's perspective through the admin's {@link PerspectiveMapping}: the values of the configured
 * source (the BSC Perspective field, another select field, labels or components) are looked up in the mapping, the
 * first mapped one wins. Labels and components are taken in name order so that the answer never depends on the
 * order Jira returns them in.
 */
final class PerspectiveResolver {

    private final PerspectiveMapping mapping;
    private final CustomField field;

    PerspectiveResolver(PerspectiveMapping mapping, HostObjectLookup lookup, CustomFieldManager customFields) {
        this.mapping = mapping;
        this.field = switch (mapping.source()) {
            case PERSPECTIVE_FIELD ->
                lookup.customField(HostObject.PERSPECTIVE_FIELD).orElse(null);
            case SELECT_FIELD -> customFields.getCustomFieldObject(mapping.fieldId());
            case LABELS, COMPONENTS -> null;
        };
    }

    Optional<PerspectiveKey> perspectiveOf(Issue objective) {
        return mapping.resolve(values(objective));
    }

    private List<String> values(Issue objective) {
        return switch (mapping.source()) {
            case PERSPECTIVE_FIELD, SELECT_FIELD -> IssueFacts.optionValues(objective, field);
            case LABELS -> sorted(objective.getLabels(), Label::getLabel);
            case COMPONENTS -> sorted(objective.getComponents(), ProjectComponent::getName);
        };
    }

    private static <T> List<String> sorted(Collection<T> items, Function<T, String> name) {
        List<String> names = new ArrayList<>();
        if (items != null) {
            for (T item : items) {
                String value = name.apply(item);
                if (value != null && !value.isBlank()) {
                    names.add(value);
                }
            }
        }
        names.sort(null);
        return names;
    }
}
