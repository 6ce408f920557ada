package io.okrscorecard.jira.objectives;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.label.Label;
import io.okrscorecard.core.perspective.PerspectiveResolver;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.jira.issues.HostObjectLookup;
import io.okrscorecard.jira.issues.IssueFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a perspective mapping reads on a Jira issue, for the core's {@link PerspectiveResolver}: the options of
 * the BSC Perspective field (the one the bootstrap recorded) or of another select field, the labels, the components.
 * Each field is looked up once per instance.
 */
final class IssuePerspectiveValues implements PerspectiveResolver.Values<Issue> {

    private final HostObjectLookup lookup;
    private final CustomFieldManager customFields;
    private final Map<String, Optional<CustomField>> fields = new HashMap<>();

    IssuePerspectiveValues(HostObjectLookup lookup, CustomFieldManager customFields) {
        this.lookup = lookup;
        this.customFields = customFields;
    }

    @Override
    public List<String> options(Issue objective, String fieldId) {
        CustomField field = fields.computeIfAbsent(
                        fieldId,
                        id -> id == null
                                ? lookup.customField(HostObject.PERSPECTIVE_FIELD)
                                : Optional.ofNullable(customFields.getCustomFieldObject(id)))
                .orElse(null);
        return IssueFacts.optionValues(objective, field);
    }

    @Override
    public Collection<String> labels(Issue objective) {
        return names(objective.getLabels(), Label::getLabel);
    }

    @Override
    public Collection<String> components(Issue objective) {
        return names(objective.getComponents(), ProjectComponent::getName);
    }

    private static <T> List<String> names(Collection<T> items, Function<T, String> name) {
        List<String> names = new ArrayList<>();
        if (items != null) {
            for (T item : items) {
                names.add(name.apply(item));
            }
        }
        return names;
    }
}
