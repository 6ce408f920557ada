package io.okrscorecard.jira.issues;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.fields.CustomField;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import java.util.Optional;

/** Finds the Jira objects the bootstrap recorded, by the ids in {@link HostObjectRegistry}. */
public final class HostObjectLookup {

    private final HostObjectRegistry registry;
    private final CustomFieldManager customFields;

    public HostObjectLookup(HostObjectRegistry registry, CustomFieldManager customFields) {
        this.registry = registry;
        this.customFields = customFields;
    }

    /** The custom field playing the role, if it was recorded and still exists. */
    public Optional<CustomField> customField(HostObject role) {
        requireKind(role, HostObject.Kind.CUSTOM_FIELD);
        return registry.idOf(role).map(customFields::getCustomFieldObject);
    }

    /** The id of the issue type playing the role, if recorded. */
    public Optional<String> issueTypeId(HostObject role) {
        requireKind(role, HostObject.Kind.ISSUE_TYPE);
        return registry.idOf(role);
    }

    /** The id of the link type playing the role, if recorded. */
    public Optional<Long> linkTypeId(HostObject role) {
        requireKind(role, HostObject.Kind.LINK_TYPE);
        return registry.idOf(role).flatMap(HostObjectLookup::parseLong);
    }

    private static Optional<Long> parseLong(String id) {
        try {
            return Optional.of(Long.valueOf(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void requireKind(HostObject role, HostObject.Kind kind) {
        if (role.kind() != kind) {
            throw new IllegalArgumentException(role + " is not a " + kind);
        }
    }
}
