package io.okrscorecard.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.core.settings.HostObject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/**
 * The issue panel's condition and context provider over Jira's issue view context (mocked at the Jira seams): the panel
 * is shown on the issue types the bootstrap recorded, whatever they are called now, and its model says which issue
 * and kind it is on, where the API is, and carries the panel's texts.
 */
public class IssuePanelContextProviderTest {
    private static final String OBJECTIVE_TYPE = "10100";
    private static final String KEY_RESULT_TYPE = "10101";

    private final HostObjectRegistry registry = mock(HostObjectRegistry.class);
    private final I18nResolver i18n = mock(I18nResolver.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);

    private final IssuePanelContextProvider provider = new IssuePanelContextProvider(registry, i18n, application);
    private final ScorecardSettingsRepository settings = mock(ScorecardSettingsRepository.class);
    private final OkrIssueCondition condition = new OkrIssueCondition(registry, settings);

    @Before
    public void setUp() {
        when(registry.all())
                .thenReturn(Map.of(
                        HostObject.OBJECTIVE_ISSUE_TYPE, OBJECTIVE_TYPE,
                        HostObject.KEY_RESULT_ISSUE_TYPE, KEY_RESULT_TYPE,
                        HostObject.KR_KIND_FIELD, "customfield_10104"));
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(settings.appSettings()).thenReturn(AppSettings.defaults().withWorkPanelOffProjects(Set.of("OPS")));
        when(i18n.getAllTranslationsForPrefix("okr.panel."))
                .thenReturn(Map.of("okr.panel.loading", "Loading OKR progress", "okr.panel.label", "OKR progress"));
    }

    @Test
    public void objectiveIssuesGetTheirKeyKindRestBaseAndTexts() {
        IssuePanelModel model = model(provider.getContextMap(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")));

        assertEquals("OKR-1", model.getIssueKey());
        assertEquals("OBJECTIVE", model.getKind());
        assertEquals("/jira/rest/okr-scorecard/1.0", model.getRestBaseUrl());
        assertEquals("/jira/browse/", model.getBrowseBaseUrl());
        assertEquals("Loading OKR progress", model.text("okr.panel.loading"));
        assertTrue(model.getI18nJson().contains("\"okr.panel.label\":\"OKR progress\""));
    }

    @Test
    public void keyResultIssuesAreRecognisedByTheRecordedTypeIdEvenWhenRenamed() {
        IssuePanelModel model = model(provider.getContextMap(viewOf("OKR-12", KEY_RESULT_TYPE, "Résultat clé")));

        assertEquals("KEY_RESULT", model.getKind());
        assertEquals("OKR-12", model.getIssueKey());
    }

    @Test
    public void theConditionShowsThePanelOnObjectivesKeyResultsAndWorkItemsOutsideTheProjectsTurnedOff() {
        assertTrue(condition.shouldDisplay(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")));
        assertTrue(condition.shouldDisplay(viewOf("OKR-12", KEY_RESULT_TYPE, "Key Result")));
        assertTrue(condition.shouldDisplay(viewOf("DEV-7", "10001", "Story")));
        assertTrue(
                "an issue type merely named Objective is a work item",
                condition.shouldDisplay(viewOf("X-1", "10200", "Objective")));
        assertFalse("the admin turned OPS off", condition.shouldDisplay(viewOf("OPS-3", "10001", "Story")));
    }

    @Test
    public void withoutAnIssueThePanelIsNotShownAndWithoutTheBootstrapsRecordsEveryIssueIsAWorkItem() {
        when(registry.all()).thenReturn(Map.of());

        assertFalse(condition.shouldDisplay(new HashMap<>()));
        assertFalse(condition.shouldDisplay(null));
        assertEquals(
                "WORK_ITEM",
                model(provider.getContextMap(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")))
                        .getKind());
    }

    @Test
    public void otherIssuesGetAWorkItemModelAndJirasContextPassesThroughUnchanged() {
        Map<String, Object> view = viewOf("DEV-7", "10001", "Story");
        Object helper = new Object();
        view.put("helper", helper);

        Map<String, Object> context = provider.getContextMap(view);

        assertEquals("WORK_ITEM", model(context).getKind());
        assertEquals("DEV-7", model(context).getIssueKey());
        assertSame(helper, context.get("helper"));
        assertSame(view.get("issue"), context.get("issue"));
    }

    @Test
    public void theTemplateSeesJirasContextBesideTheModel() {
        Map<String, Object> view = viewOf("OKR-1", OBJECTIVE_TYPE, "Objective");
        view.put("user", "someone");

        Map<String, Object> context = provider.getContextMap(view);

        assertEquals("someone", context.get("user"));
        assertSame(view.get("issue"), context.get("issue"));
        assertFalse("Jira's context itself is left alone", view.containsKey(IssuePanelContextProvider.MODEL));
    }

    @Test
    public void jiraAtTheServerRootOrWithATrailingSlashGivesCleanUrls() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("");
        assertEquals(
                "/rest/okr-scorecard/1.0",
                model(provider.getContextMap(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")))
                        .getRestBaseUrl());

        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira/");
        IssuePanelModel model = model(provider.getContextMap(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")));
        assertEquals("/jira/rest/okr-scorecard/1.0", model.getRestBaseUrl());
        assertEquals("/jira/browse/", model.getBrowseBaseUrl());

        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn(null);
        assertEquals(
                "/browse/",
                model(provider.getContextMap(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")))
                        .getBrowseBaseUrl());
    }

    @Test
    public void aMissingTranslationShowsItsKey() {
        IssuePanelModel model = model(provider.getContextMap(viewOf("OKR-1", OBJECTIVE_TYPE, "Objective")));

        assertEquals("okr.panel.no-such-text", model.text("okr.panel.no-such-text"));
    }

    /** What Jira's issue view puts into a web panel's context: the issue (and more, which the panel ignores). */
    private static Map<String, Object> viewOf(String key, String typeId, String typeName) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(typeId);
        when(type.getName()).thenReturn(typeName);
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getIssueType()).thenReturn(type);
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        return context;
    }

    private static IssuePanelModel model(Map<String, Object> context) {
        Object model = context.get(IssuePanelContextProvider.MODEL);
        assertTrue("a model is in the context", model instanceof IssuePanelModel);
        return (IssuePanelModel) model;
    }
}
