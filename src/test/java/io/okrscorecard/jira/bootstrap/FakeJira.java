package io.okrscorecard.jira.bootstrap;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.settings.HostObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory Jira for the bootstrap: Mockito managers whose answers keep issue types, custom fields with their
 * options, and link types, so that what one run creates the next one finds. Thread-safe (one monitor). Its default
 * issue-type avatar is {@value #DEFAULT_ISSUE_TYPE_AVATAR}: this instance has no avatar 10300.
 */
final class FakeJira {
    static final long DEFAULT_ISSUE_TYPE_AVATAR = 10_511L;

    final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    final AvatarManager avatars = mock(AvatarManager.class);
    final CustomFieldManager customFields = mock(CustomFieldManager.class);
    final OptionsManager options = mock(OptionsManager.class);
    final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    final Registry registry = new Registry();

    final Map<String, FakeIssueType> types = new LinkedHashMap<>();
    final Map<String, FakeField> fields = new LinkedHashMap<>();
    final Map<Long, FakeLinkType> links = new LinkedHashMap<>();
    final AtomicInteger creations = new AtomicInteger();
    private final java.util.Set<String> failOnce = new java.util.HashSet<>();
    private final AtomicLong ids = new AtomicLong(10_000);

    FakeJira() {
        types.put("1", new FakeIssueType("1", "Story", false));
        types.put("5", new FakeIssueType("5", "Sub-task", true));
        when(issueTypes.getIssueTypes()).thenAnswer(i -> snapshot(types.values()));
        when(issueTypes.getIssueType(anyString())).thenAnswer(i -> read(() -> types.get(i.<String>getArgument(0))));
        when(avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(DEFAULT_ISSUE_TYPE_AVATAR);
        when(issueTypes.createIssueType(anyString(), anyString(), any()))
                .thenAnswer(i -> write(() -> {
                    Long avatar = i.getArgument(2);
                    if (avatar == null) {
                        // Jira's DefaultIssueTypeManager: Assertions.notNull("avatarId", avatarId)
                        throw new IllegalArgumentException("avatarId should not be null!");
                    }
                    FakeIssueType type = new FakeIssueType(nextId(), i.getArgument(0), false, avatar);
                    types.put(type.getId(), type);
                    return type;
                }));

        when(customFields.getCustomFieldObject(anyString()))
                .thenAnswer(i -> read(() -> fields.get(i.<String>getArgument(0))));
        when(customFields.getCustomFieldObjectsByName(anyString()))
                .thenAnswer(i -> read(() -> {
                    List<CustomField> named = new ArrayList<>();
                    fields.values().stream()
                            .filter(f -> f.name.equals(i.getArgument(0)))
                            .forEach(named::add);
                    return named;
                }));
        when(customFields.getCustomFieldType(anyString())).thenAnswer(i -> typeKeyed(i.getArgument(0)));
        when(customFields.getCustomFieldSearcher(anyString())).thenReturn(mock(CustomFieldSearcher.class));
        try {
            when(customFields.createCustomField(anyString(), anyString(), any(), any(), any(), any()))
                    .thenAnswer(i -> write(() -> {
                        failIfAsked(i.getArgument(0));
                        FakeField field = new FakeField(
                                "customfield_" + nextId(), i.getArgument(0), i.getArgument(2), i.getArgument(5));
                        fields.put(field.getId(), field);
                        return field;
                    }));
        } catch (org.ofbiz.core.entity.GenericEntityException e) {
            throw new AssertionError(e);
        }
        when(options.getOptions(any()))
                .thenAnswer(i -> read(() -> fieldOf(i.getArgument(0)).options.copy()));
        when(options.createOption(any(), isNull(), anyLong(), anyString()))
                .thenAnswer(i -> write(() -> {
                    failIfAsked(i.getArgument(3));
                    Option option = new FakeOption(i.getArgument(3));
                    fieldOf(i.getArgument(0)).options.add(option);
                    return option;
                }));

        when(linkTypes.getIssueLinkType(anyLong())).thenAnswer(i -> read(() -> links.get(i.<Long>getArgument(0))));
        when(linkTypes.getIssueLinkTypesByName(anyString()))
                .thenAnswer(i -> read(() -> {
                    List<IssueLinkType> named = new ArrayList<>();
                    links.values().stream()
                            .filter(l -> l.name.equals(i.getArgument(0)))
                            .forEach(named::add);
                    return named;
                }));
        when(linkTypes.getIssueLinkTypes(anyBoolean())).thenAnswer(i -> snapshot(links.values()));
        org.mockito.Mockito.doAnswer(i -> write(() -> {
                    FakeLinkType link = new FakeLinkType(
                            Long.valueOf(nextId()), i.getArgument(0), i.getArgument(1), i.getArgument(2));
                    links.put(link.id, link);
                    return null;
                }))
                .when(linkTypes)
                .createIssueLinkType(anyString(), anyString(), anyString(), any());
    }

    /** The next creation of an object or option with this name fails, as a lost database connection would. */
    synchronized void failOnceCreating(String name) {
        failOnce.add(name);
    }

    private void failIfAsked(String name) {
        if (failOnce.remove(name)) {
            throw new IllegalStateException("connection lost creating " + name);
        }
    }

    /** All objects Jira holds that carry one of the app's default names. */
    synchronized int countNamed(String name) {
        return (int) (types.values().stream().filter(t -> t.name.equals(name)).count()
                + fields.values().stream().filter(f -> f.name.equals(name)).count()
                + links.values().stream().filter(l -> l.name.equals(name)).count());
    }

    /** The issue types Jira holds that carry this name. */
    synchronized List<FakeIssueType> typesNamed(String name) {
        return types.values().stream().filter(t -> t.name.equals(name)).toList();
    }

    synchronized FakeField fieldNamed(String name) {
        return fields.values().stream()
                .filter(f -> f.name.equals(name))
                .findFirst()
                .orElseThrow();
    }

    private FakeField fieldOf(FieldConfig config) {
        return fields.values().stream()
                .filter(f -> f.config == config)
                .findFirst()
                .orElseThrow();
    }

    private String nextId() {
        return String.valueOf(ids.incrementAndGet());
    }

    private synchronized <T> List<T> snapshot(java.util.Collection<? extends T> values) {
        return new ArrayList<>(values);
    }

    private synchronized <T> T read(java.util.function.Supplier<T> read) {
        return read.get();
    }

    private synchronized <T> T write(java.util.function.Supplier<T> write) {
        creations.incrementAndGet();
        return write.get();
    }

    private static CustomFieldType<?, ?> typeKeyed(String key) {
        return new CustomFieldType<Object, Object>() {
            @Override
            public String getKey() {
                return key;
            }

            @Override
            public String getStringFromSingularObject(Object singularObject) {
                return singularObject == null ? null : singularObject.toString();
            }
        };
    }

    /** The app's host-object registry, as the store keeps it (shared by every node). */
    static final class Registry implements HostObjectRegistry {
        private final Map<HostObject, String> ids = new EnumMap<>(HostObject.class);

        @Override
        public synchronized Optional<String> idOf(HostObject object) {
            return Optional.ofNullable(ids.get(object));
        }

        @Override
        public synchronized Map<HostObject, String> all() {
            return Map.copyOf(ids);
        }

        @Override
        public synchronized void record(HostObject object, String id) {
            ids.put(object, id);
        }
    }

    static final class FakeIssueType implements IssueType {
        final String id;
        final String name;
        final boolean subTask;
        /** The icon it was created with; {@code null} for the types the instance came with. */
        final Long avatarId;

        FakeIssueType(String id, String name, boolean subTask) {
            this(id, name, subTask, null);
        }

        FakeIssueType(String id, String name, boolean subTask, Long avatarId) {
            this.id = id;
            this.name = name;
            this.subTask = subTask;
            this.avatarId = avatarId;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isSubTask() {
            return subTask;
        }
    }

    static final class FakeField implements CustomField {
        final String id;
        volatile String name;
        final CustomFieldType<?, ?> type;
        final List<IssueType> issueTypes;
        final FieldConfig config = () -> (long) System.identityHashCode(this);
        final FieldConfigScheme scheme = new FieldConfigScheme() {
            @Override
            public Map<String, FieldConfig> getConfigs() {
                return Map.of();
            }

            @Override
            public FieldConfig getOneAndOnlyConfig() {
                return config;
            }
        };
        final FakeOptions options = new FakeOptions();

        FakeField(String id, String name, CustomFieldType<?, ?> type, List<IssueType> issueTypes) {
            this.id = id;
            this.name = name;
            this.type = type;
            this.issueTypes = List.copyOf(issueTypes);
        }

        List<String> optionValues() {
            List<String> values = new ArrayList<>();
            options.forEach(o -> values.add(o.getValue()));
            return values;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Long getIdAsLong() {
            return Long.valueOf(id.substring("customfield_".length()));
        }

        @Override
        public String getFieldName() {
            return name;
        }

        @Override
        public FieldConfig getRelevantConfig(Issue issue) {
            return config;
        }

        @Override
        public List<FieldConfigScheme> getConfigurationSchemes() {
            return List.of(scheme);
        }

        @Override
        public CustomFieldType<?, ?> getCustomFieldType() {
            return type;
        }
    }

    static final class FakeOptions extends ArrayList<Option> implements Options {
        private static final long serialVersionUID = 1L;

        FakeOptions copy() {
            FakeOptions copy = new FakeOptions();
            copy.addAll(this);
            return copy;
        }
    }

    record FakeOption(String value) implements Option {
        @Override
        public Long getOptionId() {
            return null;
        }

        @Override
        public String getValue() {
            return value;
        }

        @Override
        public Boolean getDisabled() {
            return false;
        }
    }

    static final class FakeLinkType implements IssueLinkType {
        final Long id;
        final String name;
        final String outward;
        final String inward;

        FakeLinkType(Long id, String name, String outward, String inward) {
            this.id = id;
            this.name = name;
            this.outward = outward;
            this.inward = inward;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getOutward() {
            return outward;
        }

        @Override
        public String getInward() {
            return inward;
        }
    }
}
