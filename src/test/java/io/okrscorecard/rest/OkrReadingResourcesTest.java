package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.checkin.CheckInCadence;
import io.okrscorecard.core.scoring.Scorecard;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * The dashboard and issue-panel endpoints over the sample OKRs of {@link SampleOkrs} and the store on H2, materialised by
 * a full recalculation: numbers equal a full recompute, undefined is never 0, and what a viewer may not browse is only
 * counted.
 */
public class OkrReadingResourcesTest {
    private static final Clock CLOCK = Fixture.MID_Q4;

    private final ApiFixture api = new ApiFixture(jira -> jira.objective(objective("O-3")
            .summary("=HYPERLINK(\"http://evil\") <img src=x onerror=alert(1)>")
            .in("learning-growth")
            .drives("O-1")
            .with(work("KR-5"))
            .build()));
    private final InMemoryOkr okr = api.okr;
    private final Personas personas = api.personas;
    private final RestServer rest = api.rest;

    @After
    public void stop() {
        api.close();
    }

    @Test
    public void scorecardNumbersEqualAFullRecompute() {
        Scorecard expected = okr.fullScorecard(Fixture.Q4, CLOCK);

        JsonNode scorecard = rest.get("scorecard?cycle=2026-Q4").json();

        assertEquals(expected.progress().value(), scorecard.get("progress").asDouble(), 1e-12);
        JsonNode customer = perspective(scorecard, "customer");
        assertEquals(
                expected.perspective(PerspectiveKey.of("customer"))
                        .orElseThrow()
                        .progress()
                        .value(),
                customer.get("progress").asDouble(),
                1e-12);
        JsonNode o1 = customer.get("objectives").get(0);
        assertEquals("O-1", o1.get("key").asText());
        assertEquals(
                expected.objective(SampleOkrs.O_1).orElseThrow().progress().value(),
                o1.get("progress").asDouble(),
                1e-12);
        JsonNode kr1 = o1.get("keyResults").get(0);
        assertEquals(
                expected.keyResult(SampleOkrs.KR_1).orElseThrow().progress().value(),
                kr1.get("progress").asDouble(),
                1e-12);
        assertEquals(2, kr1.get("counts").get("done").asInt());
        assertEquals(1, kr1.get("counts").get("shared").asInt());
        assertFalse(scorecard.get("computedAt").isNull());
        assertEquals(1, scorecard.get("trend").size());
    }

    @Test
    public void aKeyResultWithoutWorkIsUndefinedWithItsReasonNeverZero() {
        JsonNode learning = perspective(rest.get("scorecard?cycle=2026-Q4").json(), "learning-growth");

        JsonNode o3 = learning.get("objectives").get(0);
        assertTrue(o3.get("progress").isNull());
        assertEquals("NOTHING_MEASURED", o3.get("undefinedReason").asText());
        JsonNode kr5 = o3.get("keyResults").get(0);
        assertTrue(kr5.get("progress").isNull());
        assertEquals("NO_LINKED_WORK", kr5.get("undefinedReason").asText());
        assertEquals("NONE", kr5.get("status").asText());
        assertTrue(learning.get("progress").isNull());
    }

    @Test
    public void aViewerSeesOnlyTheObjectivesTheyMayBrowseAndCountsTheRest() {
        personas.actAs(Persona.MEMBER);
        personas.letMemberBrowse(new IssueId(SampleOkrs.O_1.value()));
        personas.letMemberBrowse(new IssueId(SampleOkrs.KR_1.value()));

        Answer answer = rest.get("scorecard?cycle=2026-Q4");

        assertEquals(200, answer.status());
        assertEquals(2, answer.json().get("hiddenObjectives").asInt());
        assertFalse(answer.body(), answer.body().contains("O-2"));
        assertFalse(answer.body(), answer.body().contains("KR-2"));
        assertFalse(answer.body(), answer.body().contains("HYPERLINK"));
        JsonNode o1 = perspective(answer.json(), "customer").get("objectives").get(0);
        assertEquals(1, o1.get("keyResults").size());
    }

    @Test
    public void everyReadEndpointAnswers401ToAnonymousAnd404ForIssuesTheViewerCannotBrowse() {
        personas.actAs(Persona.ANONYMOUS);
        for (String path : List.of(
                "scorecard",
                "strategy-map",
                "scorecard.csv",
                "scorecard.pdf",
                "objectives/O-1",
                "keyresults/KR-1",
                "keyresults/KR-1/work",
                "keyresults/KR-1/checkins")) {
            assertEquals(path, 401, rest.get(path).status());
        }
        assertEquals(
                401,
                rest.post("keyresults/KR-2/checkins", "application/json", "{\"confidence\":\"ON_TRACK\"}")
                        .status());

        personas.actAs(Persona.OUTSIDER);
        for (String path :
                List.of("objectives/O-1", "keyresults/KR-1", "keyresults/KR-1/work", "keyresults/KR-1/checkins")) {
            Answer answer = rest.get(path);
            assertEquals(path, 404, answer.status());
            assertFalse(
                    answer.body(),
                    answer.body().contains("KR-1\"") && answer.body().contains("summary"));
        }
        JsonNode scorecard = rest.get("scorecard?cycle=2026-Q4").json();
        assertEquals(3, scorecard.get("hiddenObjectives").asInt());
        assertFalse(scorecard.toString().contains("O-1"));
    }

    @Test
    public void aKeyResultExplainsItsNumberWithCategoriesSharedItemsAndPolicy() {
        JsonNode kr1 = rest.get("keyresults/KR-1").json();

        assertEquals("WORK", kr1.get("kind").asText());
        assertEquals("O-1", kr1.get("objective").asText());
        JsonNode work = kr1.get("work");
        assertEquals("COUNT", work.get("policyUsed").asText());
        assertEquals(4, work.get("countedItems").asInt());
        assertEquals(2.0, work.get("numerator").asDouble(), 0);
        assertEquals(4.0, work.get("denominator").asDouble(), 0);
        assertEquals(0.5, kr1.get("progress").asDouble(), 0);
        assertEquals("S-4", work.get("shared").get(0).get("key").asText());
        assertEquals("KR-3", work.get("shared").get(0).get("alsoIn").get(0).asText());
        assertEquals(0, work.get("hiddenItems").asInt());
    }

    @Test
    public void aWorkKeyResultAnswersTheJiraSearchOfItsWorkThroughTheKeyResultWorkFunction() {
        assertEquals(
                "issue in keyResultWork(\"KR-1\", \"withExcluded\") ORDER BY key",
                rest.get("keyresults/KR-1").json().get("searchJql").asText());
        assertEquals(
                "issue in keyResultWork(\"KR-5\", \"withExcluded\") ORDER BY key",
                rest.get("keyresults/KR-5").json().get("searchJql").asText());
    }

    @Test
    public void anObjectiveAnswersTheJiraSearchOfItsKeyResultsWorkThroughTheObjectiveWorkFunction() {
        assertEquals(
                "issue in objectiveWork(\"O-1\") ORDER BY key",
                rest.get("objectives/O-1").json().get("searchJql").asText());
    }

    @Test
    public void theSearchOfTheWorkNamesOnlyTheKeyResultSoNoHiddenEpicIsNamed() {
        personas.actAs(Persona.MEMBER);
        personas.letMemberBrowse(new IssueId(SampleOkrs.KR_1.value()));
        personas.letMemberBrowse(Ids.issue("S-1"));

        assertEquals(
                "issue in keyResultWork(\"KR-1\", \"withExcluded\") ORDER BY key",
                rest.get("keyresults/KR-1").json().get("searchJql").asText());
    }

    @Test
    public void metricAndMilestoneKeyResultsHaveNoWorkToSearch() {
        assertTrue(rest.get("keyresults/KR-2").json().get("searchJql").isNull());
        assertTrue(rest.get("keyresults/KR-4").json().get("searchJql").isNull());
    }

    @Test
    public void aMetricKeyResultExplainsStartTargetAndCurrent() {
        JsonNode kr2 = rest.get("keyresults/KR-2").json();

        assertEquals(10.0, kr2.get("metric").get("start").asDouble(), 0);
        assertEquals(20.0, kr2.get("metric").get("target").asDouble(), 0);
        assertTrue(kr2.get("work").isNull());
    }

    @Test
    public void aMetricKeyResultNeverCheckedInIsDueAWeekAfterTheCycleStartUntilTheCadenceIsOff() {
        assertEquals(
                "2026-10-08",
                rest.get("keyresults/KR-2").json().at("/checkInDue/since").asText());
        assertEquals(
                "2026-10-08",
                rest.get("objectives/O-1")
                        .json()
                        .at("/keyResults/1/checkInDue/since")
                        .asText());
        assertTrue(
                "a WORK key result is never due",
                rest.get("keyresults/KR-1").json().get("checkInDue").isNull());

        api.store.settings.saveAppSettings(api.store
                .settings
                .appSettings()
                .withCheckInCadence(new CheckInCadence(CheckInCadence.Interval.MONTHLY, DayOfWeek.MONDAY)));
        assertEquals(
                "2026-11-01",
                rest.get("keyresults/KR-2").json().at("/checkInDue/since").asText());

        api.store.settings.saveAppSettings(api.store
                .settings
                .appSettings()
                .withCheckInCadence(new CheckInCadence(CheckInCadence.Interval.OFF, DayOfWeek.MONDAY)));
        assertTrue(rest.get("keyresults/KR-2").json().get("checkInDue").isNull());
        assertTrue(
                rest.get("objectives/O-1").json().at("/keyResults/1/checkInDue").isNull());
        assertTrue(
                rest.get("scorecard").json().findValues("checkInDue").stream().allMatch(JsonNode::isNull));
    }

    @Test
    public void aMetricKeyResultOffersCheckInsToAViewerWhoMayEditIt() {
        personas.actAs(Persona.MEMBER);
        personas.letMemberBrowse(new IssueId(SampleOkrs.KR_2.value()));

        assertTrue(rest.get("keyresults/KR-2").json().get("canCheckIn").asBoolean());
    }

    @Test
    public void aViewerWhoMayOnlyBrowseAMetricKeyResultIsOfferedNoCheckIn() {
        personas.actAs(Persona.MEMBER);
        personas.letMemberOnlyBrowse(new IssueId(SampleOkrs.KR_2.value()));

        JsonNode kr2 = rest.get("keyresults/KR-2").json();

        assertEquals("METRIC", kr2.get("kind").asText());
        assertFalse(kr2.get("canCheckIn").asBoolean());
        assertEquals(
                "the API agrees: the same viewer cannot record one",
                403,
                rest.post("keyresults/KR-2/checkins", "application/json", "{\"value\":12,\"confidence\":\"ON_TRACK\"}")
                        .status());
        assertEquals(0, api.store.checkIns.history(SampleOkrs.KR_2).size());
    }

    @Test
    public void workAndMilestoneKeyResultsOfferNoValueCheckInEvenToAnAdministrator() {
        assertTrue(rest.get("keyresults/KR-2").json().get("canCheckIn").asBoolean());

        JsonNode kr1 = rest.get("keyresults/KR-1").json();
        JsonNode kr4 = rest.get("keyresults/KR-4").json();

        assertEquals("WORK", kr1.get("kind").asText());
        assertFalse(kr1.get("canCheckIn").asBoolean());
        assertEquals("MILESTONE", kr4.get("kind").asText());
        assertFalse(kr4.get("canCheckIn").asBoolean());
    }

    @Test
    public void theWorkOfAKeyResultIsPagedAndCountsWhatTheViewerCannotSee() {
        JsonNode page = rest.get("keyresults/KR-1/work?start=0&max=3").json();
        assertEquals(4, page.get("total").asInt());
        assertEquals(3, page.get("items").size());
        assertEquals(
                1,
                rest.get("keyresults/KR-1/work?start=3&max=3")
                        .json()
                        .get("items")
                        .size());

        personas.actAs(Persona.MEMBER);
        personas.letMemberBrowse(new IssueId(SampleOkrs.KR_1.value()));
        personas.letMemberBrowse(Ids.issue("S-1"));
        JsonNode limited = rest.get("keyresults/KR-1/work").json();
        assertEquals(1, limited.get("total").asInt());
        assertEquals(3, limited.get("hidden").asInt());
        assertEquals("S-1", limited.get("items").get(0).get("key").asText());
        assertFalse(limited.toString().contains("S-2"));
    }

    @Test
    public void pagingParametersOutOfRangeAre400() {
        assertEquals(
                "max",
                rest.get("keyresults/KR-1/work?max=0").json().get("field").asText());
        assertEquals(
                "max",
                rest.get("keyresults/KR-1/work?max=100000").json().get("field").asText());
        assertEquals(
                "start",
                rest.get("keyresults/KR-1/work?start=-1").json().get("field").asText());
        assertEquals(404, rest.get("keyresults/KR-1/work?start=abc").status());
    }

    @Test
    public void recordingACheckInUpdatesTheMetricAndItsObjectiveOnTheScorecard() {
        double before = perspective(rest.get("scorecard?cycle=2026-Q4").json(), "customer")
                .get("objectives")
                .get(0)
                .get("progress")
                .asDouble();

        Answer recorded = rest.post(
                "keyresults/KR-2/checkins",
                "application/json",
                "{\"value\":15,\"confidence\":\"AT_RISK\",\"comment\":\"<b>halfway</b>\"}");

        assertEquals(recorded.body(), 201, recorded.status());
        assertEquals(Persona.ADMIN.userKey, recorded.json().get("author").asText());
        assertEquals(0.5, rest.get("keyresults/KR-2").json().get("progress").asDouble(), 0);
        assertEquals(
                "AT_RISK", rest.get("keyresults/KR-2").json().get("confidence").asText());
        assertEquals(
                "<b>halfway</b>",
                rest.get("keyresults/KR-2/checkins")
                        .json()
                        .get(0)
                        .get("comment")
                        .asText());
        double after = perspective(rest.get("scorecard?cycle=2026-Q4").json(), "customer")
                .get("objectives")
                .get(0)
                .get("progress")
                .asDouble();
        assertTrue(before + " -> " + after, after > before);
    }

    @Test
    public void onlyViewersWhoMayEditTheKeyResultRecordCheckIns() {
        personas.actAs(Persona.OUTSIDER);

        assertEquals(
                404,
                rest.post("keyresults/KR-2/checkins", "application/json", "{\"confidence\":\"ON_TRACK\"}")
                        .status());
        assertEquals(0, api.store.checkIns.history(SampleOkrs.KR_2).size());
    }

    @Test
    public void badCheckInsAreRejectedWith400NamingTheFieldAndWriteNothing() {
        List<String[]> corpus = List.of(
                new String[] {"{\"value\":\"many\",\"confidence\":\"ON_TRACK\"}", "checkIn.value"},
                new String[] {"{\"value\":1e309,\"confidence\":\"ON_TRACK\"}", "checkIn.value"},
                new String[] {"{\"value\":12}", "checkIn.confidence"},
                new String[] {"{\"value\":12,\"confidence\":\"SURE\"}", "checkIn.confidence"},
                new String[] {
                    "{\"confidence\":\"ON_TRACK\",\"comment\":\"" + "x".repeat(10_000) + "\"}", "checkIn.comment"
                },
                new String[] {"{\"confidence\":\"ON_TRACK\",\"author\":\"someone-else\"}", "checkIn.author"},
                new String[] {"{\"confidence\":", "checkIn"});
        BadInput.assertEachRejected(corpus, body -> rest.post("keyresults/KR-2/checkins", "application/json", body));
        assertEquals(
                415,
                rest.post("keyresults/KR-2/checkins", "text/plain", "{\"confidence\":\"ON_TRACK\"}")
                        .status());
        assertEquals(0, api.store.checkIns.history(SampleOkrs.KR_2).size());
    }

    @Test
    public void aValueOnANonMetricKeyResultIsRejected() {
        Answer answer =
                rest.post("keyresults/KR-1/checkins", "application/json", "{\"value\":3,\"confidence\":\"ON_TRACK\"}");

        assertEquals(400, answer.status());
        assertEquals("checkIn.value", answer.json().get("field").asText());
    }

    @Test
    public void theStrategyMapShowsLanesCauseEdgesAndHostileSummariesAsPlainData() {
        JsonNode map = rest.get("strategy-map?cycle=2026-Q4").json();

        assertEquals("financial", map.get("lanes").get(0).get("perspective").asText());
        assertEquals("O-3", map.get("edges").get(0).get("cause").asText());
        assertEquals("O-1", map.get("edges").get(0).get("effect").asText());
        assertTrue(map.toString().contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    public void theCsvExportNeutralisesFormulaCellsAndQuotesPerRfc4180() {
        Answer csv = rest.get("scorecard.csv?cycle=2026-Q4");

        assertEquals(200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("Cycle,Perspective,"));
        assertTrue(
                csv.body(), csv.body().contains(",\"'=HYPERLINK(\"\"http://evil\"\") <img src=x onerror=alert(1)>\","));
        assertTrue(csv.body().contains("\r\n"));
        for (String line : csv.body().split("\r\n")) {
            for (String cell : line.split(",")) {
                assertFalse(line, cell.startsWith("=") || cell.startsWith("+") || cell.startsWith("@"));
            }
        }
    }

    @Test
    public void unknownCyclesAndMalformedQueriesAreAnsweredPrecisely() {
        assertEquals(404, rest.get("scorecard?cycle=2031-Q1").status());
        assertEquals(
                "cycle",
                rest.get("scorecard?cycle=no%20such").json().get("field").asText());
        assertEquals(
                "project",
                rest.get("scorecard?project=lower").json().get("field").asText());
        assertEquals(
                "perspective",
                rest.get("scorecard?perspective=No!").json().get("field").asText());
        assertEquals(
                "trendDays",
                rest.get("scorecard?trendDays=100000").json().get("field").asText());
        assertEquals(200, rest.get("scorecard").status());
    }

    @Test
    public void withCountOnlyVisibleWorkTheNumbersCountOnlyWhatTheViewerMayBrowse() {
        api.store.settings.saveAppSettings(api.store.settings.appSettings().withCountOnlyVisibleWork(true));
        personas.actAs(Persona.MEMBER);
        personas.letMemberBrowse(new IssueId(SampleOkrs.O_1.value()));
        personas.letMemberBrowse(new IssueId(SampleOkrs.KR_1.value()));
        personas.letMemberBrowse(Ids.issue("S-4"));

        JsonNode o1 = perspective(rest.get("scorecard?cycle=2026-Q4").json(), "customer")
                .get("objectives")
                .get(0);

        JsonNode kr1 = o1.get("keyResults").get(0);
        assertEquals("KR-1", kr1.get("key").asText());
        assertEquals(1.0, kr1.get("progress").asDouble(), 0);
        assertEquals(1, kr1.get("counts").get("done").asInt());
    }

    private static JsonNode perspective(JsonNode scorecard, String key) {
        for (JsonNode perspective : scorecard.get("perspectives")) {
            if (perspective.get("key").asText().equals(key)) {
                return perspective;
            }
        }
        throw new AssertionError("no perspective " + key + " in " + scorecard);
    }
}
