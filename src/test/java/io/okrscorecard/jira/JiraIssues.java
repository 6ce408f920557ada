package io.okrscorecard.jira;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.label.Label;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test data for the Jira adapters: issues, custom fields and links as Jira returns them, built by name instead of
 * stubbing, e.g. {@code JiraIssues.issue(10, "A-10").done().resolution("Done").value(points, 3.0)}.
 */
public final class JiraIssues {

    private JiraIssues() {}

    public static FakeIssue issue(long id, String key) {
        return new FakeIssue(id, key);
    }

    public static CustomField field(long id, String typeKey) {
        return new FakeField(id, typeKey);
    }

    public static IssueLink link(long linkId, long typeId, Issue source, Issue destination) {
        return new FakeLink(linkId, typeId, source, destination);
    }

    /**
     * A Jira issue with settable fields; everything unset reads as Jira's empty value. Its creation time, which only
     * the search sees (the app reads no issue's creation time), is one minute per id after 2020-01-01 unless set.
     */
    public static final class FakeIssue implements Issue {
        private static final Instant FIRST_CREATED = Instant.parse("2020-01-01T00:00:00Z");

        private final long id;
        private final String key;
        private Instant created;
        private Instant resolved;
        private String summary = "";
        private String typeName = "Story";
        private boolean subTask;
        private Long parentId;
        private String category = StatusCategory.TO_DO;
        private String resolution;
        private Long originalEstimate;
        private ApplicationUser assignee;
        private final Map<CustomField, Object> values = new HashMap<>();
        private final Set<Label> labels = new LinkedHashSet<>();
        private final Set<ProjectComponent> components = new LinkedHashSet<>();

        FakeIssue(long id, String key) {
            this.id = id;
            this.key = key;
            this.created = FIRST_CREATED.plusSeconds(60 * id);
        }

        public FakeIssue created(Instant at) {
            created = at;
            return this;
        }

        /** When the issue was created, as JQL's {@code created} clause compares it. */
        public Instant created() {
            return created;
        }

        public FakeIssue summary(String text) {
            summary = text;
            return this;
        }

        public FakeIssue type(String name) {
            typeName = name;
            return this;
        }

        public FakeIssue subTaskOf(long parent) {
            subTask = true;
            parentId = parent;
            typeName = "Sub-task";
            return this;
        }

        public FakeIssue category(String key) {
            category = key;
            return this;
        }

        public FakeIssue done() {
            return category(StatusCategory.COMPLETE);
        }

        public FakeIssue inProgress() {
            return category(StatusCategory.IN_PROGRESS);
        }

        public FakeIssue resolution(String name) {
            resolution = name;
            return this;
        }

        public FakeIssue originalEstimate(long seconds) {
            originalEstimate = seconds;
            return this;
        }

        public FakeIssue value(CustomField field, Object value) {
            values.put(field, value);
            return this;
        }

        public FakeIssue labels(Label... all) {
            labels.addAll(List.of(all));
            return this;
        }

        public FakeIssue assignee(ApplicationUser user) {
            assignee = user;
            return this;
        }

        public FakeIssue components(ProjectComponent... all) {
            components.addAll(List.of(all));
            return this;
        }

        @Override
        public Long getId() {
            return id;
        }

        @Override
        public String getKey() {
            return key;
        }

        @Override
        public String getSummary() {
            return summary;
        }

        @Override
        public IssueType getIssueType() {
            return new IssueType() {
                @Override
                public String getId() {
                    return typeName;
                }

                @Override
                public String getName() {
                    return typeName;
                }

                @Override
                public boolean isSubTask() {
                    return subTask;
                }
            };
        }

        @Override
        public Status getStatus() {
            return new Status() {
                @Override
                public String getId() {
                    return category;
                }

                @Override
                public String getName() {
                    return category;
                }

                @Override
                public StatusCategory getStatusCategory() {
                    return () -> category;
                }
            };
        }

        @Override
        public Resolution getResolution() {
            if (resolution == null) {
                return null;
            }
            return new Resolution() {
                @Override
                public String getId() {
                    return resolution;
                }

                @Override
                public String getName() {
                    return resolution;
                }
            };
        }

        @Override
        public Timestamp getCreated() {
            return Timestamp.from(created);
        }

        @Override
        public Timestamp getResolutionDate() {
            return resolved == null ? null : Timestamp.from(resolved);
        }

        /** Resolved at this time (the resolution date Jira keeps). */
        public FakeIssue resolvedAt(Instant at) {
            resolved = at;
            return this;
        }

        @Override
        public Object getCustomFieldValue(CustomField customField) {
            return values.get(customField);
        }

        @Override
        public Project getProjectObject() {
            return () -> key.substring(0, key.indexOf('-'));
        }

        @Override
        public Long getProjectId() {
            return 1L;
        }

        @Override
        public Long getOriginalEstimate() {
            return originalEstimate;
        }

        @Override
        public Long getParentId() {
            return parentId;
        }

        @Override
        public boolean isSubTask() {
            return subTask;
        }

        @Override
        public Set<Label> getLabels() {
            return labels;
        }

        @Override
        public Collection<ProjectComponent> getComponents() {
            return components;
        }

        @Override
        public ApplicationUser getAssignee() {
            return assignee;
        }

        @Override
        public ApplicationUser getReporter() {
            return null;
        }

        @Override
        public String toString() {
            return key;
        }
    }

    private record FakeField(long id, String typeKey) implements CustomField {
        @Override
        public String getId() {
            return "customfield_" + id;
        }

        @Override
        public String getName() {
            return getId();
        }

        @Override
        public Long getIdAsLong() {
            return id;
        }

        @Override
        public String getFieldName() {
            return getId();
        }

        @Override
        public FieldConfig getRelevantConfig(Issue issue) {
            return null;
        }

        @Override
        public List<FieldConfigScheme> getConfigurationSchemes() {
            return List.of();
        }

        @Override
        public CustomFieldType<?, ?> getCustomFieldType() {
            return new CustomFieldType<Object, Object>() {
                @Override
                public String getKey() {
                    return typeKey;
                }

                @Override
                public String getStringFromSingularObject(Object singularObject) {
                    return singularObject == null ? null : singularObject.toString();
                }
            };
        }
    }

    private record FakeLink(long linkId, long typeId, Issue source, Issue destination) implements IssueLink {
        @Override
        public Long getId() {
            return linkId;
        }

        @Override
        public Long getSourceId() {
            return source.getId();
        }

        @Override
        public Long getDestinationId() {
            return destination.getId();
        }

        @Override
        public Issue getSourceObject() {
            return source;
        }

        @Override
        public Issue getDestinationObject() {
            return destination;
        }

        @Override
        public IssueLinkType getIssueLinkType() {
            return null;
        }

        @Override
        public Long getLinkTypeId() {
            return typeId;
        }
    }
}
