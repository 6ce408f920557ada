package io.okrscorecard.jira.jql;

import com.atlassian.jira.JiraDataType;
import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.AbstractJqlFunction;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.okrscorecard.app.FindingKeyResultWork.Answer;
import io.okrscorecard.app.FindingKeyResultWork.Problem;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the app's JQL functions share: they return issue ids (for {@code issue in ...}), validate their arguments with
 * Jira's message set in the searcher's language, and answer from {@link io.okrscorecard.app.FindingKeyResultWork}
 * for the searcher of the query. Their signatures name no Lucene type (Jira 11's Search API, docs/adr/0021).
 */
abstract class OkrJqlFunction extends AbstractJqlFunction {

    /** The answer of the function for these arguments, which {@link #argumentsProblem} accepted. */
    abstract Answer answer(Searcher searcher, List<String> args);

    /** Why the key of these arguments names nothing to answer for, without reading the answer. */
    abstract Optional<Problem> problem(Searcher searcher, List<String> args);

    /** The most arguments the function takes (the least: {@link #getMinimumNumberOfExpectedArguments}). */
    abstract int maximumArguments();

    /** The i18n key of the message naming a wrong argument other than the key, or null when the arguments are fine. */
    String argumentsProblem(List<String> args) {
        return null;
    }

    @Override
    public MessageSet validate(ApplicationUser searcher, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        MessageSet messages = newMessages();
        if (args.size() < getMinimumNumberOfExpectedArguments() || args.size() > maximumArguments()) {
            messages.addErrorMessage(i18n().getText(argumentCountKey(), getFunctionName()));
            return messages;
        }
        String wrongArgument = argumentsProblem(args);
        if (wrongArgument != null) {
            messages.addErrorMessage(i18n().getText(wrongArgument, getFunctionName(), args.get(args.size() - 1)));
            return messages;
        }
        problem(searcherOf(searcher, false), args)
                .ifPresent(value ->
                        messages.addErrorMessage(i18n().getText(messageKey(value), getFunctionName(), args.get(0))));
        return messages;
    }

    @Override
    public List<QueryLiteral> getValues(
            QueryCreationContext queryCreationContext, FunctionOperand operand, TerminalClause terminalClause) {
        List<String> args = operand.getArgs();
        if (args.size() < getMinimumNumberOfExpectedArguments()
                || args.size() > maximumArguments()
                || argumentsProblem(args) != null) {
            return List.of();
        }
        Answer answer = answer(
                searcherOf(queryCreationContext.getApplicationUser(), queryCreationContext.isSecurityOverriden()),
                args);
        List<QueryLiteral> literals = new ArrayList<>(answer.issues().size());
        for (IssueId id : answer.issues()) {
            literals.add(literal(operand, id.value()));
        }
        return literals;
    }

    @Override
    public int getMinimumNumberOfExpectedArguments() {
        return 1;
    }

    @Override
    public JiraDataType getDataType() {
        return JiraDataTypes.ISSUE;
    }

    /** A new, empty message set of Jira's. */
    MessageSet newMessages() {
        return new MessageSetImpl();
    }

    /** An issue id as the value of this function's operand, as Jira's issue functions return them. */
    QueryLiteral literal(FunctionOperand operand, long issueId) {
        return new QueryLiteral(operand, issueId);
    }

    /** Jira's texts in the searcher's language ({@link AbstractJqlFunction#getI18n}). */
    I18nHelper i18n() {
        return getI18n();
    }

    private String argumentCountKey() {
        return maximumArguments() == 1 ? "okr.jql.error.one-argument" : "okr.jql.error.one-or-two-arguments";
    }

    static String messageKey(Problem problem) {
        return switch (problem) {
            case UNKNOWN_KEY -> "okr.jql.error.unknown-key";
            case NOT_A_KEY_RESULT -> "okr.jql.error.not-a-key-result";
            case NOT_AN_OBJECTIVE -> "okr.jql.error.not-an-objective";
        };
    }

    private static Searcher searcherOf(ApplicationUser user, boolean overridesSecurity) {
        Optional<Viewer> viewer =
                user == null || user.getKey() == null ? Optional.empty() : Optional.of(new Viewer(user.getKey()));
        return new Searcher(viewer, overridesSecurity);
    }
}
