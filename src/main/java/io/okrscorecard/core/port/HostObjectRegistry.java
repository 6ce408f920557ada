package io.okrscorecard.core.port;

import io.okrscorecard.core.settings.HostObject;
import java.util.Map;
import java.util.Optional;

/**
 * The ids of the Jira objects (issue types, custom fields, link types) the app created or found at bootstrap, shared
 * by every node, so that a renamed object is still found by id and nothing is created twice.
 */
public interface HostObjectRegistry {

    Optional<String> idOf(HostObject object);

    Map<HostObject, String> all();

    /** Records the id of the object playing this role, replacing an earlier one. */
    void record(HostObject object, String id);
}
