package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One issue of a key result's expanded work set: the stored work-set index (docs/adr/0021-stored-work-set-index.md).
 * Indexed both ways: by key result (the JQL functions) and by issue (the key results holding an issue). {@link
 * #MEMBER_KEY} is unique, so that two writers can never store the same issue twice for a key result.
 */
@Preload
@Table(WorkSetItemEntity.TABLE)
public interface WorkSetItemEntity extends Entity {
    String TABLE = "WORK_SET_ITEM";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String ISSUE_ID = "ISSUE_ID";
    String EXCLUDED = "EXCLUDED";
    String MEMBER_KEY = "MEMBER_KEY";

    @NotNull
    @Indexed
    @Accessor(KEY_RESULT_ID)
    long getKeyResultId();

    @NotNull
    @Indexed
    @Accessor(ISSUE_ID)
    long getIssueId();

    /** True when the issue is held but left out for an excluded resolution. */
    @NotNull
    @Accessor(EXCLUDED)
    boolean isExcluded();

    /** {@code keyResultId:issueId}, unique. */
    @NotNull
    @Unique
    @StringLength(48)
    @Accessor(MEMBER_KEY)
    String getMemberKey();
}
