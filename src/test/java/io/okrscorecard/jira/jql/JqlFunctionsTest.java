package io.okrscorecard.jira.jql;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.JiraDataTypes;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import io.okrscorecard.app.FindingKeyResultWork;
import io.okrscorecard.app.FindingKeyResultWork.Answer;
import io.okrscorecard.app.FindingKeyResultWork.Problem;
import io.okrscorecard.app.FindingKeyResultWork.Searcher;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.sandbox.web.PluginTexts;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * The JQL functions at Jira's seam: argument counts, the option of keyResultWork, and unknown or wrong keys give
 * Jira's validation messages in the searcher's language (the plugin's texts, filled in as Jira's I18nHelper does);
 * the values are the issue ids the use case answers for the query's searcher.
 */
public class JqlFunctionsTest {

    private static final PluginTexts TEXTS = PluginTexts.load();

    private final FindingKeyResultWork finding = mock(FindingKeyResultWork.class);
    private final MessageSet messages = mock(MessageSet.class);
    private final TerminalClause clause = mock(TerminalClause.class);
    private final ApplicationUser user = mock(ApplicationUser.class);

    @Before
    public void aUser() {
        when(user.getKey()).thenReturn("JIRAUSER10100");
    }

    @Test
    public void keyResultWorkTakesAKeyAndOptionallyWithExcluded() {
        when(finding.keyResultProblem(any(), anyString())).thenReturn(Optional.empty());

        validate(keyResultWork(), "KR-5");
        validate(keyResultWork(), "KR-5", "withExcluded");
        validate(keyResultWork(), "KR-5", "WITHEXCLUDED");

        verify(messages, never()).addErrorMessage(anyString());
        verify(finding, times(3)).keyResultProblem(Searcher.of(new Viewer("JIRAUSER10100")), "KR-5");
    }

    @Test
    public void aWrongArgumentCountIsReportedWithTheFunctionsName() {
        validate(keyResultWork());
        validate(keyResultWork(), "KR-5", "withExcluded", "more");
        validate(objectiveWork(), "O-3", "O-4");

        verify(messages, times(2))
                .addErrorMessage(
                        "Function 'keyResultWork' expects the key of a key result and, optionally, \"withExcluded\".");
        verify(messages).addErrorMessage("Function 'objectiveWork' expects one argument: the key of an issue.");
    }

    @Test
    public void anUnknownOptionIsNamed() {
        validate(keyResultWork(), "KR-5", "withoutExcluded");

        verify(messages)
                .addErrorMessage("Function 'keyResultWork' does not know the option 'withoutExcluded'; the only option"
                        + " is \"withExcluded\".");
    }

    @Test
    public void anUnknownOrHiddenKeyAndAKeyOfTheWrongKindGiveValidationMessages() {
        when(finding.keyResultProblem(any(), eq("KR-404"))).thenReturn(Optional.of(Problem.UNKNOWN_KEY));
        when(finding.keyResultProblem(any(), eq("O-3"))).thenReturn(Optional.of(Problem.NOT_A_KEY_RESULT));
        when(finding.objectiveProblem(any(), eq("KR-5"))).thenReturn(Optional.of(Problem.NOT_AN_OBJECTIVE));

        validate(keyResultWork(), "KR-404");
        validate(keyResultWork(), "O-3");
        validate(keyResults(), "KR-5");

        verify(messages)
                .addErrorMessage("Function 'keyResultWork': no issue 'KR-404' exists, or you do not have permission to"
                        + " view it.");
        verify(messages).addErrorMessage("Function 'keyResultWork': 'O-3' is not a key result of an objective.");
        verify(messages).addErrorMessage("Function 'keyResults': 'KR-5' is not an objective.");
    }

    @Test
    public void theValuesAreTheIssueIdsAnsweredForTheQuerysSearcher() {
        KeyResultWorkFunction function = keyResultWork();
        FunctionOperand operand = operand("KR-5", "withExcluded");
        Searcher searcher = Searcher.of(new Viewer("JIRAUSER10100"));
        when(finding.keyResultWork(searcher, "KR-5", true))
                .thenReturn(new Answer(Optional.empty(), Set.of(IssueId.of(30), IssueId.of(10))));

        List<QueryLiteral> values = function.getValues(context(user, false), operand, clause);

        assertEquals(2, values.size());
        verify(function).literal(operand, 10);
        verify(function).literal(operand, 30);
    }

    @Test
    public void aSearchOverridingSecurityIsAnsweredWithoutFiltering() {
        ObjectiveWorkFunction function = objectiveWork();
        when(finding.objectiveWork(new Searcher(Optional.empty(), true), "O-3"))
                .thenReturn(new Answer(Optional.empty(), Set.of(IssueId.of(7))));

        assertEquals(
                1,
                function.getValues(context(null, true), operand("O-3"), clause).size());
    }

    @Test
    public void wrongArgumentsAnswerNoIssue() {
        KeyResultWorkFunction function = keyResultWork();

        assertTrue(function.getValues(context(user, false), operand("KR-5", "sometimes"), clause)
                .isEmpty());
        verify(finding, never()).keyResultWork(any(), anyString(), anyBoolean());
    }

    @Test
    public void theFunctionsAreIssueListsOfAtLeastOneArgument() {
        for (OkrJqlFunction function : List.of(keyResultWork(), objectiveWork(), keyResults())) {
            assertEquals(JiraDataTypes.ISSUE, function.getDataType());
            assertEquals(1, function.getMinimumNumberOfExpectedArguments());
        }
    }

    private void validate(OkrJqlFunction function, String... args) {
        function.validate(user, operand(args), clause);
    }

    private KeyResultWorkFunction keyResultWork() {
        return prepared(new KeyResultWorkFunction(finding), "keyResultWork");
    }

    private ObjectiveWorkFunction objectiveWork() {
        return prepared(new ObjectiveWorkFunction(finding), "objectiveWork");
    }

    private KeyResultsFunction keyResults() {
        return prepared(new KeyResultsFunction(finding), "keyResults");
    }

    /** The function as Jira runs it: its name from the descriptor, the plugin's texts, a fresh message set. */
    private <T extends OkrJqlFunction> T prepared(T function, String name) {
        T prepared = spy(function);
        doReturn(name).when(prepared).getFunctionName();
        doReturn(messages).when(prepared).newMessages();
        doReturn(i18n()).when(prepared).i18n();
        doAnswer(call -> mock(QueryLiteral.class)).when(prepared).literal(any(), anyLong());
        return prepared;
    }

    /** Jira's I18nHelper over the plugin's bundle: MessageFormat with the values in order. */
    private static I18nHelper i18n() {
        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), anyString()))
                .thenAnswer(call -> format(call.getArgument(0), new Object[] {call.<String>getArgument(1)}));
        when(i18n.getText(anyString(), anyString(), anyString()))
                .thenAnswer(call -> format(
                        call.getArgument(0), new Object[] {call.<String>getArgument(1), call.<String>getArgument(2)}));
        return i18n;
    }

    private static String format(String key, Object[] values) {
        return new MessageFormat(TEXTS.text(key)).format(values);
    }

    private static FunctionOperand operand(String... args) {
        FunctionOperand operand = mock(FunctionOperand.class);
        when(operand.getArgs()).thenReturn(List.of(args));
        return operand;
    }

    private static QueryCreationContext context(ApplicationUser user, boolean overridesSecurity) {
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(user);
        when(context.isSecurityOverriden()).thenReturn(overridesSecurity);
        return context;
    }
}
