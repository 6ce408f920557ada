package io.okrscorecard.jira.bootstrap;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.icon.IconType;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The icon of the issue types the bootstrap creates: the instance's default issue-type avatar, the one Jira's own
 * "Add issue type" form starts with. Jira must name one: {@code IssueTypeManager.createIssueType(String, String, Long)}
 * refuses a null avatar id (its javadoc: "avatarId for the issue type. Cannot by null"; Jira's
 * {@code DefaultIssueTypeManager} asserts it not null), and no fixed id exists on every instance.
 */
final class IssueTypeAvatar {
    private static final Logger LOG = LoggerFactory.getLogger(IssueTypeAvatar.class);

    private final AvatarManager avatars;

    IssueTypeAvatar(AvatarManager avatars) {
        this.avatars = avatars;
    }

    /**
     * The default issue-type avatar's id; empty, with the reason logged, when Jira names none or cannot answer (the
     * avatar service is gone, or this Jira lacks the call: a linkage error rather than a failed start).
     */
    Optional<Long> defaultId() {
        try {
            Long id = avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
            if (id == null) {
                LOG.warn("OKR Scorecard bootstrap: Jira names no default issue-type avatar");
            }
            return Optional.ofNullable(id);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("OKR Scorecard bootstrap: Jira could not name its default issue-type avatar", e);
            return Optional.empty();
        }
    }
}
