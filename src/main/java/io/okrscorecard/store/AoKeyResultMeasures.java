package io.okrscorecard.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;
import io.okrscorecard.core.port.KeyResultMeasures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/**
 * Key results' Jira measures in KR_MEASURE, their evaluations in MEASURE_RUN (inserted only, numbered per key result,
 * the number claimed through the unique RUN_KEY) and the technical user in the SETTING row
 * {@value #TECHNICAL_USER}.
 */
public final class AoKeyResultMeasures implements KeyResultMeasures {

    static final String TECHNICAL_USER = "measure.technicalUser";
    private static final int ATTEMPTS = 4;
    private static final int MAX_USER_KEY = 255;

    private final ActiveObjects ao;
    private final ActiveObjectsTransactions transactions;
    private final AoCheckInRepository checkIns;

    public AoKeyResultMeasures(ActiveObjects ao, ActiveObjectsTransactions transactions, AoCheckInRepository checkIns) {
        this.ao = ao;
        this.transactions = transactions;
        this.checkIns = checkIns;
    }

    @Override
    public Optional<MeasureDefinition> definition(KeyResultId keyResult) {
        MeasureEntity[] rows = find(keyResult);
        return rows.length == 0 ? Optional.empty() : Optional.of(definition(rows[0]));
    }

    @Override
    public List<MeasureDefinition> all() {
        List<MeasureDefinition> all = new ArrayList<>();
        for (MeasureEntity row : ao.find(MeasureEntity.class, Query.select().order(MeasureEntity.KEY_RESULT_ID))) {
            all.add(definition(row));
        }
        return all;
    }

    @Override
    public void save(MeasureDefinition definition) {
        ValidationException.requireValue(definition, "measure");
        Map<String, Object> row = new HashMap<>();
        row.put(MeasureEntity.KEY_RESULT_ID, definition.keyResult().value());
        row.put(MeasureEntity.JQL_TEXT, definition.jql());
        row.put(MeasureEntity.FILTER_ID, definition.filterId());
        row.put(MeasureEntity.AGGREGATE, definition.aggregate().name());
        row.put(MeasureEntity.FIELD_ID, definition.fieldId());
        // two saves at once: both delete, the second insert breaks the unique key and runs again
        Retrying.write(transactions, ATTEMPTS, "measure of " + definition.keyResult(), () -> {
            ao.delete(find(definition.keyResult()));
            return ao.create(MeasureEntity.class, row);
        });
    }

    @Override
    public void remove(KeyResultId keyResult) {
        transactions.inTransaction(
                () -> ao.deleteWithSQL(MeasureEntity.class, MeasureEntity.KEY_RESULT_ID + " = ?", keyResult.value()));
    }

    @Override
    public Optional<Numbered> lastRun(KeyResultId keyResult) {
        MeasureRunEntity[] rows = ao.find(
                MeasureRunEntity.class,
                Query.select()
                        .where(MeasureRunEntity.KEY_RESULT_ID + " = ?", keyResult.value())
                        .order(MeasureRunEntity.RUN_NUMBER + " DESC")
                        .limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        MeasureRunEntity row = rows[0];
        return Optional.of(new Numbered(
                row.getRunNumber(),
                new MeasureRun(
                        Columns.instant(row.getRunAt()),
                        MeasureRun.Outcome.valueOf(row.getOutcome()),
                        row.getRunValue(),
                        row.getIssueCount(),
                        row.getQueryText(),
                        row.getRunMessage())));
    }

    @Override
    public boolean record(KeyResultId keyResult, long number, MeasureRun run, CheckIn checkIn) {
        Map<String, Object> row = new HashMap<>();
        row.put(MeasureRunEntity.RUN_KEY, keyResult.value() + ":" + number);
        row.put(MeasureRunEntity.KEY_RESULT_ID, keyResult.value());
        row.put(MeasureRunEntity.RUN_NUMBER, number);
        row.put(MeasureRunEntity.RUN_AT, Columns.millis(run.at()));
        row.put(MeasureRunEntity.OUTCOME, run.outcome().name());
        row.put(MeasureRunEntity.RUN_VALUE, Columns.number(run.value(), "measureRun.value"));
        row.put(MeasureRunEntity.ISSUE_COUNT, run.issueCount());
        row.put(MeasureRunEntity.QUERY_TEXT, run.query());
        row.put(MeasureRunEntity.RUN_MESSAGE, run.message());
        try {
            transactions.inTransaction(() -> {
                // the claim first: a second evaluation of the same number fails here and writes no check-in
                ao.create(MeasureRunEntity.class, row);
                if (checkIn != null) {
                    checkIns.append(keyResult, checkIn);
                }
                return null;
            });
            return true;
        } catch (RuntimeException failure) {
            if (WriteConflicts.isConflict(failure)) {
                return false;
            }
            throw failure;
        }
    }

    @Override
    public Optional<String> technicalUser() {
        SettingEntity[] rows =
                ao.find(SettingEntity.class, Query.select().where(SettingEntity.SETTING_NAME + " = ?", TECHNICAL_USER));
        if (rows.length == 0
                || rows[0].getSettingText() == null
                || rows[0].getSettingText().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(rows[0].getSettingText());
    }

    @Override
    public void saveTechnicalUser(String userKey) {
        String key = userKey == null || userKey.isBlank() ? null : userKey.strip();
        Columns.text(key, MAX_USER_KEY, "technicalUser");
        Retrying.write(transactions, ATTEMPTS, "the measures' technical user", () -> {
            ao.deleteWithSQL(SettingEntity.class, SettingEntity.SETTING_NAME + " = ?", TECHNICAL_USER);
            if (key != null) {
                Map<String, Object> row = new HashMap<>();
                row.put(SettingEntity.SETTING_NAME, TECHNICAL_USER);
                row.put(SettingEntity.SETTING_TEXT, key);
                ao.create(SettingEntity.class, row);
            }
            return null;
        });
    }

    private MeasureEntity[] find(KeyResultId keyResult) {
        return ao.find(
                MeasureEntity.class, Query.select().where(MeasureEntity.KEY_RESULT_ID + " = ?", keyResult.value()));
    }

    private static MeasureDefinition definition(MeasureEntity row) {
        return new MeasureDefinition(
                KeyResultId.of(row.getKeyResultId()),
                row.getJqlText(),
                row.getFilterId(),
                Aggregate.valueOf(row.getAggregate()),
                row.getFieldId());
    }
}
