package io.okrscorecard.store;

import java.util.List;
import net.java.ao.RawEntity;

/** Every entity of the store, as listed in the {@code <ao>} module of atlassian-plugin.xml. */
final class Entities {

    static final List<Class<? extends RawEntity<?>>> ALL = List.of(
            PerspectiveEntity.class,
            MappedValueEntity.class,
            SettingEntity.class,
            HostObjectEntity.class,
            CycleEntity.class,
            ProgressEntity.class,
            CheckInEntity.class,
            SnapshotEntity.class,
            DirtyKeyResultEntity.class,
            SubscriptionEntity.class,
            SentMailEntity.class,
            MailPreferenceEntity.class,
            CycleEventEntity.class,
            FrozenCycleEntity.class,
            FrozenObjectiveEntity.class,
            // the review: grades and retrospectives
            GradeEntity.class,
            RetrospectiveEntity.class,
            // the work-set index the JQL functions answer from (ADR 0021)
            WorkSetItemEntity.class,
            // key results measured from Jira
            MeasureEntity.class,
            MeasureRunEntity.class);

    private Entities() {}

    @SuppressWarnings("unchecked")
    static Class<? extends RawEntity<?>>[] array() {
        return ALL.toArray(new Class[0]);
    }
}
