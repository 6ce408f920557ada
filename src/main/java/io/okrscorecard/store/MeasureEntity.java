package io.okrscorecard.store;

import net.java.ao.Accessor;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** The Jira measure of one key result: its JQL text or saved filter, aggregate and number field. */
@Preload
@Table(MeasureEntity.TABLE)
public interface MeasureEntity extends Entity {
    String TABLE = "KR_MEASURE";
    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String JQL_TEXT = "JQL_TEXT";
    String FILTER_ID = "FILTER_ID";
    String AGGREGATE = "AGGREGATE";
    String FIELD_ID = "FIELD_ID";

    @NotNull
    @Unique
    @Indexed
    @Accessor(KEY_RESULT_ID)
    long getKeyResultId();

    /** Up to 4,000 characters, so unlimited text; NULL for a saved filter. Never filtered on. */
    @StringLength(StringLength.UNLIMITED)
    @Accessor(JQL_TEXT)
    String getJqlText();

    /** NULL for JQL text. */
    @Accessor(FILTER_ID)
    Long getFilterId();

    /** An {@code Aggregate} name. */
    @NotNull
    @StringLength(40)
    @Accessor(AGGREGATE)
    String getAggregate();

    /** A custom field id such as customfield_10200; NULL for aggregates without a field. */
    @StringLength(40)
    @Accessor(FIELD_ID)
    String getFieldId();
}
