package io.okrscorecard.jira.bootstrap;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.HostSetup;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import io.okrscorecard.core.settings.SetupReport.Outcome;
import io.okrscorecard.jira.bootstrap.BootstrapReport.Entry;
import io.okrscorecard.jira.bootstrap.BootstrapReport.Run;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ofbiz.core.entity.GenericEntityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates or finds the issue types, custom fields and link types of the app when it starts on a node. Each object is
 * looked up by the id recorded in {@link HostObjectRegistry} (so renamed objects are kept), then by its default
 * name, and created only when both fail; its id is recorded last, so a run that fails half-way leaves nothing the
 * next run cannot finish. Runs under a cluster-wide lock so that nodes starting together create nothing twice.
 * Issue types it creates get the instance's default issue-type icon ({@link IssueTypeAvatar}).
 *
 * <p>As the {@link HostSetup} port it reports the last run on this node; when that did not complete (skipped, or not
 * run at all), it reports what {@link #inspect()} finds now.
 */
public final class Bootstrap implements HostSetup {
    /** Cluster lock names live forever in the cluster's lock table: this one never changes. */
    public static final String LOCK_NAME = "io.okrscorecard.bootstrap";

    /** Why an issue type is not created when Jira gives no default icon for it; the admin can make it by hand. */
    static final String NO_DEFAULT_AVATAR = "Jira gave no default issue-type icon (the Jira log says why), and"
            + " creating an issue type needs one; create the issue type by hand (any icon) and the app finds it by its"
            + " name";

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);
    private static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);
    private static final List<HostObject> ISSUE_TYPES = roles(HostObject.Kind.ISSUE_TYPE);
    private static final List<HostObject> FIELDS = roles(HostObject.Kind.CUSTOM_FIELD);
    private static final List<HostObject> LINK_TYPES = roles(HostObject.Kind.LINK_TYPE);

    private final ClusterLockService lockService;
    private final HostObjectRegistry registry;
    private final IssueTypeManager issueTypes;
    private final IssueTypeAvatar avatar;
    private final CustomFieldManager customFields;
    private final OptionsManager options;
    private final IssueLinkTypeManager linkTypes;
    private final Supplier<List<JiraContextNode>> globalContext;
    private final Duration lockWait;
    private volatile BootstrapReport lastRun;

    public Bootstrap(
            ClusterLockService lockService,
            HostObjectRegistry registry,
            IssueTypeManager issueTypes,
            AvatarManager avatars,
            CustomFieldManager customFields,
            OptionsManager options,
            IssueLinkTypeManager linkTypes) {
        this(
                lockService,
                registry,
                issueTypes,
                avatars,
                customFields,
                options,
                linkTypes,
                () -> List.of(GlobalIssueContext.getInstance()),
                DEFAULT_LOCK_WAIT);
    }

    Bootstrap(
            ClusterLockService lockService,
            HostObjectRegistry registry,
            IssueTypeManager issueTypes,
            AvatarManager avatars,
            CustomFieldManager customFields,
            OptionsManager options,
            IssueLinkTypeManager linkTypes,
            Supplier<List<JiraContextNode>> globalContext,
            Duration lockWait) {
        this.lockService = lockService;
        this.registry = registry;
        this.issueTypes = issueTypes;
        this.avatar = new IssueTypeAvatar(avatars);
        this.customFields = customFields;
        this.options = options;
        this.linkTypes = linkTypes;
        this.globalContext = globalContext;
        this.lockWait = lockWait;
    }

    /** Creates what is missing under the cluster lock; skips (and says so) when the lock cannot be had. */
    public BootstrapReport run() {
        BootstrapReport report = runUnderLock();
        lastRun = report;
        return report;
    }

    private BootstrapReport runUnderLock() {
        ClusterLock lock = lock();
        if (lock == null) {
            LOG.warn("OKR Scorecard bootstrap skipped: no cluster lock service; the next start completes it");
            return BootstrapReport.skipped(Run.SKIPPED_NO_LOCK_SERVICE);
        }
        if (!tryLock(lock)) {
            LOG.warn(
                    "OKR Scorecard bootstrap skipped: lock {} busy for {}; the next start completes it",
                    LOCK_NAME,
                    lockWait);
            return BootstrapReport.skipped(Run.SKIPPED_LOCK_BUSY);
        }
        try {
            BootstrapReport report = ensureAll(true);
            log(report);
            return report;
        } finally {
            lock.unlock();
        }
    }

    /** What a run would find, without creating or recording anything (for the admin page). */
    public BootstrapReport inspect() {
        return ensureAll(false);
    }

    @Override
    public SetupReport report() {
        BootstrapReport last = lastRun;
        if (last != null && last.run() == Run.COMPLETED) {
            return last.toSetupReport(SetupReport.Run.COMPLETED, false);
        }
        SetupReport.Run run = last == null
                ? SetupReport.Run.NOT_RUN
                : SetupReport.Run.valueOf(last.run().name());
        return inspect().toSetupReport(run, true);
    }

    private BootstrapReport ensureAll(boolean write) {
        Map<HostObject, Entry> entries = new EnumMap<>(HostObject.class);
        List<IssueType> okrTypes = new ArrayList<>();
        for (HostObject role : ISSUE_TYPES) {
            guard(role, entries, () -> ensureIssueType(role, write, okrTypes));
        }
        for (HostObject role : FIELDS) {
            guard(role, entries, () -> ensureField(role, write, okrTypes));
        }
        for (HostObject role : LINK_TYPES) {
            guard(role, entries, () -> ensureLinkType(role, write));
        }
        return new BootstrapReport(Run.COMPLETED, entries);
    }

    private Entry ensureIssueType(HostObject role, boolean write, List<IssueType> okrTypes) {
        Optional<IssueType> byId = registry.idOf(role).map(issueTypes::getIssueType);
        if (byId.isPresent()) {
            okrTypes.add(byId.get());
            return Entry.of(
                    role, Outcome.FOUND_BY_ID, byId.get().getId(), byId.get().getName());
        }
        for (IssueType type : issueTypes.getIssueTypes()) {
            if (!type.isSubTask() && role.defaultName().equalsIgnoreCase(type.getName())) {
                okrTypes.add(type);
                return found(role, write, type.getId(), type.getName());
            }
        }
        if (!write) {
            return Entry.of(role, Outcome.MISSING, null, role.defaultName());
        }
        Optional<Long> icon = avatar.defaultId();
        if (icon.isEmpty()) {
            return Entry.failed(role, NO_DEFAULT_AVATAR);
        }
        IssueType created =
                issueTypes.createIssueType(role.defaultName(), Blueprint.issueTypeDescription(role), icon.get());
        registry.record(role, created.getId());
        okrTypes.add(created);
        return Entry.of(role, Outcome.CREATED, created.getId(), created.getName());
    }

    private Entry ensureField(HostObject role, boolean write, List<IssueType> okrTypes) throws GenericEntityException {
        Blueprint.Field blueprint = Blueprint.field(role);
        Optional<CustomField> byId = registry.idOf(role).map(customFields::getCustomFieldObject);
        if (byId.isPresent()) {
            return Entry.of(
                    role, Outcome.FOUND_BY_ID, byId.get().getId(), byId.get().getName());
        }
        Optional<CustomField> byName = sameTypeNamed(role.defaultName(), blueprint.typeKey());
        if (byName.isPresent()) {
            if (write) {
                // a field found by name may be one an earlier run created but did not finish
                addMissingOptions(byName.get(), blueprint.options());
            }
            return found(role, write, byName.get().getId(), byName.get().getName());
        }
        if (!write) {
            return Entry.of(role, Outcome.MISSING, null, role.defaultName());
        }
        if (okrTypes.size() != ISSUE_TYPES.size()) {
            return Entry.failed(role, "the Objective and Key Result issue types must exist first");
        }
        CustomFieldType<?, ?> type = customFields.getCustomFieldType(blueprint.typeKey());
        CustomFieldSearcher searcher = customFields.getCustomFieldSearcher(blueprint.searcherKey());
        if (type == null || searcher == null) {
            return Entry.failed(
                    role, "Jira has no field type " + blueprint.typeKey() + " or searcher " + blueprint.searcherKey());
        }
        CustomField created = customFields.createCustomField(
                role.defaultName(), blueprint.description(), type, searcher, globalContext.get(), okrTypes);
        addMissingOptions(created, blueprint.options());
        registry.record(role, created.getId());
        return Entry.of(role, Outcome.CREATED, created.getId(), created.getName());
    }

    private Optional<CustomField> sameTypeNamed(String name, String typeKey) {
        Collection<CustomField> named = customFields.getCustomFieldObjectsByName(name);
        if (named == null) {
            return Optional.empty();
        }
        return named.stream()
                .filter(f -> f.getCustomFieldType() != null
                        && typeKey.equals(f.getCustomFieldType().getKey()))
                .findFirst();
    }

    /** Adds the default options the field lacks; options the admin added, renamed or disabled are left alone. */
    private void addMissingOptions(CustomField field, List<String> defaults) {
        if (defaults.isEmpty()) {
            return;
        }
        List<FieldConfigScheme> schemes = field.getConfigurationSchemes();
        FieldConfig config =
                schemes == null || schemes.isEmpty() ? null : schemes.get(0).getOneAndOnlyConfig();
        if (config == null) {
            throw new IllegalStateException("field " + field.getId() + " has no configuration to add options to");
        }
        List<Option> existing = options.getOptions(config);
        Set<String> values = new HashSet<>();
        if (existing != null) {
            existing.forEach(o -> values.add(o.getValue()));
        }
        long sequence = values.size();
        for (String value : defaults) {
            if (!values.contains(value)) {
                options.createOption(config, null, sequence++, value);
            }
        }
    }

    private Entry ensureLinkType(HostObject role, boolean write) {
        Optional<IssueLinkType> byId =
                registry.idOf(role).flatMap(Bootstrap::parseLong).map(linkTypes::getIssueLinkType);
        if (byId.isPresent()) {
            return Entry.of(
                    role,
                    Outcome.FOUND_BY_ID,
                    String.valueOf(byId.get().getId()),
                    byId.get().getName());
        }
        Optional<IssueLinkType> byName = firstNamed(role.defaultName());
        if (byName.isPresent()) {
            return found(
                    role,
                    write,
                    String.valueOf(byName.get().getId()),
                    byName.get().getName());
        }
        if (!write) {
            return Entry.of(role, Outcome.MISSING, null, role.defaultName());
        }
        Blueprint.LinkType blueprint = Blueprint.linkType(role);
        // style null: only Jira's system links (sub-tasks, epics) carry a style
        linkTypes.createIssueLinkType(role.defaultName(), blueprint.outward(), blueprint.inward(), null);
        IssueLinkType created = firstNamed(role.defaultName())
                .orElseThrow(() -> new IllegalStateException("link type not found right after creating it"));
        registry.record(role, String.valueOf(created.getId()));
        return Entry.of(role, Outcome.CREATED, String.valueOf(created.getId()), created.getName());
    }

    private Optional<IssueLinkType> firstNamed(String name) {
        Collection<IssueLinkType> named = linkTypes.getIssueLinkTypesByName(name);
        return named == null ? Optional.empty() : named.stream().findFirst();
    }

    private Entry found(HostObject role, boolean write, String id, String name) {
        if (write) {
            registry.record(role, id);
        }
        return Entry.of(role, Outcome.FOUND_BY_NAME, id, name);
    }

    /** One object's failure is reported and the run goes on: the next start retries only what is missing. */
    private static void guard(HostObject role, Map<HostObject, Entry> entries, Step step) {
        try {
            entries.put(role, step.run());
        } catch (GenericEntityException | RuntimeException e) {
            LOG.error("OKR Scorecard bootstrap could not create or find {}", role.defaultName(), e);
            entries.put(role, Entry.failed(role, String.valueOf(e.getMessage())));
        }
    }

    private ClusterLock lock() {
        if (lockService == null) {
            return null;
        }
        try {
            return lockService.getLockForName(LOCK_NAME);
        } catch (RuntimeException e) {
            // an optional OSGi reference whose service is gone throws here
            LOG.warn("Cluster lock service unavailable", e);
            return null;
        }
    }

    private boolean tryLock(ClusterLock lock) {
        try {
            return lock.tryLock(lockWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void log(BootstrapReport report) {
        for (Entry entry : report.entries().values()) {
            LOG.info(
                    "OKR Scorecard bootstrap: {} {} ({} id {})",
                    entry.object().defaultName(),
                    entry.outcome(),
                    entry.name(),
                    entry.id());
        }
    }

    private static Optional<Long> parseLong(String id) {
        try {
            return Optional.of(Long.valueOf(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<HostObject> roles(HostObject.Kind kind) {
        List<HostObject> roles = new ArrayList<>();
        for (HostObject role : HostObject.values()) {
            if (role.kind() == kind) {
                roles.add(role);
            }
        }
        return List.copyOf(roles);
    }

    @FunctionalInterface
    private interface Step {
        Entry run() throws GenericEntityException;
    }
}
