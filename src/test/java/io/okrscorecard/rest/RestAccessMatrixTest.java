package io.okrscorecard.rest;

import static io.okrscorecard.core.KeyResults.metric;
import static io.okrscorecard.core.KeyResults.work;
import static io.okrscorecard.core.Objectives.objective;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.cycle.CycleEvent;
import io.okrscorecard.core.cycle.FrozenCycle;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.objective.Objective;
import io.okrscorecard.core.review.GradeScale;
import io.okrscorecard.core.review.ReviewSettings;
import io.okrscorecard.core.scoring.StatusMode;
import io.okrscorecard.core.scoring.StatusRule;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.rest.Personas.Persona;
import io.okrscorecard.rest.ResourceMethods.ResourceMethod;
import io.okrscorecard.rest.RestServer.Answer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/**
 * Every resource method, found by reflection, called by each of the four {@link Personas} with a valid request: the
 * status of the table below, error bodies of only {@code status}, {@code field} and {@code message}, no key or summary
 * of an objective, key result or issue the caller may not browse, and a store on H2 that a refused request left as it
 * was. Mutations must carry {@code Content-Type: application/json}: without it (no header, text, a form) they are
 * refused and write nothing, so a page on another site cannot make a logged-in browser change anything.
 */
public class RestAccessMatrixTest {
    private static final Set<String> ERROR_FIELDS = Set.of("status", "field", "message");
    /** In a row's path: the id of the recalculation job the test started. */
    static final String JOB = "{job}";

    private static final String SECRET_SUMMARY = "Quietly acquire Initech";

    private static final String CYCLE_JSON =
            "{\"id\":\"2027-Q1\",\"name\":\"Q1 2027\",\"start\":\"2027-01-01\",\"end\":\"2027-03-31\"}";
    private static final String SUBSCRIPTION_JSON = "{\"projects\":[\"O\"],\"filter\":null,"
            + "\"perspectives\":[\"customer\"],\"weekday\":\"MONDAY\",\"hour\":8}";
    private static final String PERSPECTIVES_JSON = "[" + perspective("financial", "Money", "#0052CC")
            + "," + perspective("customer", "Customer", "#36B37E")
            + "," + perspective("internal-processes", "Internal Processes", "#FFAB00")
            + "," + perspective("learning-growth", "Learning & Growth", "#6554C0") + "]";

    /** A valid request of a resource method and the status each persona gets: anonymous, outsider, member, admin. */
    record Row(String path, String body, int anonymous, int outsider, int member, int admin) {
        int expected(Persona persona) {
            return switch (persona) {
                case ANONYMOUS -> anonymous;
                case OUTSIDER -> outsider;
                case MEMBER -> member;
                case ADMIN -> admin;
            };
        }
    }

    /**
     * The access matrix. The member may browse (and edit) O-1 and KR-1 and the story S-1, nothing else; the outsider is
     * logged in without browse permission. Objectives and key results a caller may not browse answer 404 as if absent.
     */
    static final Map<String, Row> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("GET /admin/bootstrap", new Row("admin/bootstrap", null, 401, 403, 403, 200));
        MATRIX.put("GET /admin/cycles", new Row("admin/cycles", null, 401, 403, 403, 200));
        MATRIX.put("POST /admin/cycles", new Row("admin/cycles", CYCLE_JSON, 401, 403, 403, 201));
        MATRIX.put(
                "PUT /admin/cycles/{id}",
                new Row(
                        "admin/cycles/2026-Q4",
                        "{\"id\":\"2026-Q4\",\"name\":\"Autumn\",\"start\":\"2026-10-01\",\"end\":\"2026-12-31\"}",
                        401,
                        403,
                        403,
                        200));
        MATRIX.put("DELETE /admin/cycles/{id}", new Row("admin/cycles/2026-Q3", null, 401, 403, 403, 204));
        MATRIX.put("GET /admin/mappings", new Row("admin/mappings", null, 401, 403, 403, 200));
        MATRIX.put(
                "PUT /admin/mappings",
                new Row(
                        "admin/mappings",
                        "{\"source\":\"LABELS\",\"fieldId\":null,\"values\":{\"bsc-money\":\"financial\"}}",
                        401,
                        403,
                        403,
                        200));
        MATRIX.put("GET /admin/notifications", new Row("admin/notifications", null, 401, 403, 403, 200));
        MATRIX.put("POST /admin/notifications/run", new Row("admin/notifications/run", "{}", 401, 403, 403, 200));
        MATRIX.put("GET /me/notifications", new Row("me/notifications", null, 401, 200, 200, 200));
        MATRIX.put("PUT /me/notifications", new Row("me/notifications", "{\"reminders\":false}", 401, 200, 200, 200));
        MATRIX.put("GET /admin/perspectives", new Row("admin/perspectives", null, 401, 403, 403, 200));
        MATRIX.put("PUT /admin/perspectives", new Row("admin/perspectives", PERSPECTIVES_JSON, 401, 403, 403, 200));
        MATRIX.put("GET /admin/recalculate/{id}", new Row("admin/recalculate/" + JOB, null, 401, 403, 403, 200));
        MATRIX.put("POST /admin/recalculate", new Row("admin/recalculate", "{}", 401, 403, 403, 202));
        MATRIX.put("GET /admin/rollup-policies", new Row("admin/rollup-policies", null, 401, 403, 403, 200));
        MATRIX.put("GET /admin/settings", new Row("admin/settings", null, 401, 403, 403, 200));
        MATRIX.put(
                "PUT /admin/settings",
                new Row(
                        "admin/settings",
                        "{\"rollupPolicy\":\"TIME\",\"inProgressCredit\":0.25,\"excludedResolutions\":[],"
                                + "\"statusMode\":\"PACE\",\"storyPointsFieldId\":null,\"countOnlyVisibleWork\":true,"
                                + "\"checkInCadence\":\"OFF\",\"checkInWeekday\":\"MONDAY\","
                                + "\"alignedObjectivesContribute\":false,\"alignedShare\":0.5}",
                        401,
                        403,
                        403,
                        200));
        MATRIX.put("GET /cycles", new Row("cycles", null, 401, 200, 200, 200));
        // any logged-in user may ask; O-7 of the closed 2026-Q1 is not there for the outsider, who may not browse it
        MATRIX.put(
                "POST /cycles/{id}/carry-forward",
                new Row(
                        "cycles/2026-Q1/carry-forward",
                        "{\"objectives\":[" + Ids.of("O-7") + "]}",
                        401,
                        400,
                        200,
                        200));
        MATRIX.put("GET /cycles/{id}", new Row("cycles/2026-Q2", null, 401, 200, 200, 200));
        MATRIX.put("GET /cycles/{id}/history", new Row("cycles/2026-Q2/history", null, 401, 200, 200, 200));
        MATRIX.put("POST /cycles/{id}/close", new Row("cycles/2026-Q2/close", "{}", 401, 403, 200, 200));
        MATRIX.put(
                "POST /cycles/{id}/reopen",
                new Row("cycles/2026-Q2/reopen", "{\"reason\":\"graded too early\"}", 401, 403, 200, 200));
        // the issue panel of a work item: the member may browse S-1 (in E-1, which contributes to KR-1) and KR-1
        MATRIX.put("GET /issues/{key}/contributions", new Row("issues/S-1/contributions", null, 401, 404, 200, 200));
        MATRIX.put(
                "POST /issues/{key}/contributions",
                new Row("issues/S-1/contributions", "{\"keyResult\":\"KR-1\"}", 401, 404, 200, 200));
        MATRIX.put(
                "DELETE /issues/{key}/contributions/{keyResult}",
                new Row("issues/S-1/contributions/KR-1", null, 401, 404, 200, 200));
        MATRIX.put("GET /keyresults/picker", new Row("keyresults/picker?q=KR", null, 401, 200, 200, 200));
        MATRIX.put("GET /keyresults/{key}", new Row("keyresults/KR-1", null, 401, 404, 200, 200));
        MATRIX.put("GET /keyresults/{key}/checkins", new Row("keyresults/KR-1/checkins", null, 401, 404, 200, 200));
        MATRIX.put(
                "POST /keyresults/{key}/checkins",
                new Row(
                        "keyresults/KR-1/checkins",
                        "{\"confidence\":\"AT_RISK\",\"comment\":\"vendor late\"}",
                        401,
                        404,
                        201,
                        201));
        MATRIX.put("GET /keyresults/{key}/work", new Row("keyresults/KR-1/work", null, 401, 404, 200, 200));
        // Jira measures: the member may browse and edit the METRIC KR-61 (measured) and KR-62 (measured, to remove)
        MATRIX.put("GET /keyresults/{key}/measure", new Row("keyresults/KR-61/measure", null, 401, 404, 200, 200));
        MATRIX.put(
                "PUT /keyresults/{key}/measure",
                new Row(
                        "keyresults/KR-61/measure",
                        "{\"jql\":\"" + ApiFixture.COMPLAINTS
                                + "\",\"filterId\":null,\"aggregate\":\"COUNT\",\"fieldId\":null}",
                        401,
                        404,
                        200,
                        200));
        MATRIX.put("DELETE /keyresults/{key}/measure", new Row("keyresults/KR-62/measure", null, 401, 404, 204, 204));
        MATRIX.put(
                "POST /keyresults/{key}/measure/run",
                new Row("keyresults/KR-61/measure/run", "{}", 401, 404, 200, 200));
        MATRIX.put("GET /admin/measure-settings", new Row("admin/measure-settings", null, 401, 403, 403, 200));
        MATRIX.put(
                "PUT /admin/measure-settings",
                new Row("admin/measure-settings", "{\"technicalUser\":\"svc-okr\"}", 401, 403, 403, 200));
        MATRIX.put("GET /objectives/{key}", new Row("objectives/O-1", null, 401, 404, 200, 200));
        MATRIX.put("GET /scorecard", new Row("scorecard?cycle=2026-Q4", null, 401, 200, 200, 200));
        MATRIX.put(
                "GET /scorecard/compare",
                new Row("scorecard/compare?from=2026-Q4&to=2026-Q4", null, 401, 200, 200, 200));
        MATRIX.put("GET /scorecard.csv", new Row("scorecard.csv?cycle=2026-Q4", null, 401, 200, 200, 200));
        MATRIX.put("GET /scorecard.pdf", new Row("scorecard.pdf?cycle=2026-Q4", null, 401, 200, 200, 200));
        MATRIX.put("GET /subscriptions", new Row("subscriptions", null, 401, 200, 200, 200));
        MATRIX.put("POST /subscriptions", new Row("subscriptions", SUBSCRIPTION_JSON, 401, 201, 201, 201));
        MATRIX.put("DELETE /subscriptions/{id}", new Row("subscriptions/1", null, 401, 404, 204, 204));
        MATRIX.put("GET /admin/subscriptions", new Row("admin/subscriptions", null, 401, 403, 403, 200));
        MATRIX.put("GET /strategy-map", new Row("strategy-map?cycle=2026-Q4", null, 401, 200, 200, 200));
        // the review (ApiFixture's review day is after Q4: Q4 is in review); the member is in the reviewer group, so
        // grades KR-1 and writes O-1's retrospective (ReviewResourceTest: a member who is no reviewer gets 403)
        MATRIX.put("GET /cycles/{id}/review", new Row("cycles/2026-Q4/review", null, 401, 200, 200, 200));
        MATRIX.put("GET /cycles/{id}/review.csv", new Row("cycles/2026-Q4/review.csv", null, 401, 200, 200, 200));
        MATRIX.put(
                "PUT /cycles/{id}/key-results/{key}/grade",
                new Row(
                        "cycles/2026-Q4/key-results/KR-1/grade",
                        "{\"grade\":0.7,\"comment\":\"late vendor\"}",
                        401,
                        404,
                        200,
                        200));
        MATRIX.put(
                "GET /cycles/{id}/key-results/{key}/grade-history",
                new Row("cycles/2026-Q4/key-results/KR-1/grade-history", null, 401, 404, 200, 200));
        MATRIX.put(
                "PUT /cycles/{id}/objectives/{key}/retrospective",
                new Row(
                        "cycles/2026-Q4/objectives/O-1/retrospective",
                        "{\"learned\":\"ship smaller\",\"change\":\"weekly demos\"}",
                        401,
                        404,
                        200,
                        200));
        MATRIX.put("GET /admin/review-settings", new Row("admin/review-settings", null, 401, 403, 403, 200));
        MATRIX.put(
                "PUT /admin/review-settings",
                new Row(
                        "admin/review-settings",
                        "{\"reviewerGroup\":\"okr-reviewers\",\"amberFrom\":0.3,\"greenFrom\":0.6}",
                        401,
                        403,
                        403,
                        200));
    }

    /** What the member may not browse: keys and summaries of objectives, key results and work items. */
    private static final List<String> HIDDEN_FROM_MEMBER =
            List.of("O-2", "O-3", SECRET_SUMMARY, "KR-2", "KR-3", "KR-4", "KR-5", "S-2", "S-3", "S-4", "S-5", "S-6");
    /** What the outsider and anonymous may not see: every objective, key result and work item. */
    private static final List<String> HIDDEN_FROM_EVERYONE = Stream.concat(
                    HIDDEN_FROM_MEMBER.stream(), Stream.of("O-1", "KR-1", "E-1", "S-1"))
            .collect(Collectors.toList());

    @Test
    public void theMatrixNamesEveryResourceMethodAndNothingElse() {
        Set<String> methods =
                ResourceMethods.all().stream().map(ResourceMethod::name).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(
                "resource methods without a row, or rows without a method", methods, new TreeSet<>(MATRIX.keySet()));
    }

    @Test
    public void everyPersonaGetsTheExpectedStatusFromEveryEndpointAndNothingItMayNotSee() {
        List<String> problems = new ArrayList<>();
        for (Persona persona : Persona.values()) {
            try (ApiFixture api = fixture()) {
                String job = startJob(api);
                api.personas.actAs(persona);
                for (ResourceMethod method : ResourceMethods.all()) {
                    Row row = MATRIX.get(method.name());
                    if (row == null) {
                        continue;
                    }
                    Map<String, List<String>> rowsBefore = api.store.contents();
                    int queuedBefore = api.executor.queued();
                    Answer answer = api.rest.send(
                            method.httpMethod(),
                            row.path().replace(JOB, job),
                            row.body() == null ? null : "application/json",
                            row.body());
                    String call = persona + " " + method.name() + ": " + answer.status() + " " + answer.body();
                    if (answer.status() != row.expected(persona)) {
                        problems.add(call + " (expected " + row.expected(persona) + ")");
                    }
                    if (answer.status() >= 400) {
                        checkRefusal(call, row.path(), answer, job, problems);
                        if (!rowsBefore.equals(api.store.contents()) || queuedBefore != api.executor.queued()) {
                            problems.add(call + ": a refused request changed the store or queued a job");
                        }
                    } else if (persona == Persona.OUTSIDER || persona == Persona.ANONYMOUS) {
                        leaks(call, row.path(), answer.body(), HIDDEN_FROM_EVERYONE, problems);
                    } else if (persona == Persona.MEMBER) {
                        leaks(call, row.path(), answer.body(), HIDDEN_FROM_MEMBER, problems);
                    }
                }
                if (persona == Persona.MEMBER) {
                    assertEquals(
                            "the member's check-in is in the store",
                            1,
                            api.store.checkIns.history(SampleOkrs.KR_1).size());
                }
            }
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    @Test
    public void mutationsWithoutAJsonContentTypeAreRefusedAndWriteNothing() {
        List<String> problems = new ArrayList<>();
        try (ApiFixture api = fixture()) {
            String job = startJob(api);
            Map<String, List<String>> rowsBefore = api.store.contents();
            int queuedBefore = api.executor.queued();
            int mutations = 0;
            for (ResourceMethod method : ResourceMethods.all()) {
                Row row = MATRIX.get(method.name());
                if (!method.takesBody() || row == null) {
                    continue;
                }
                mutations++;
                for (String contentType : Arrays.asList(
                        null,
                        "text/plain",
                        "text/plain; charset=utf-8",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x",
                        "*/*")) {
                    Answer answer =
                            api.rest.send(method.httpMethod(), row.path().replace(JOB, job), contentType, row.body());
                    String call = method.name() + " as " + contentType + ": " + answer.status() + " " + answer.body();
                    if (answer.status() != 415 && answer.status() != 400) {
                        problems.add(call + " (expected 415 or 400)");
                    } else {
                        checkRefusal(call, row.path(), answer, job, problems);
                    }
                }
            }
            assertTrue("too few mutations found: " + mutations, mutations >= 7);
            assertEquals(rowsBefore, api.store.contents());
            assertEquals(queuedBefore, api.executor.queued());
        }
        assertEquals(String.join("\n", problems), List.of(), problems);
    }

    /**
     * The sample OKRs plus O-3 with a summary worth keeping secret, an empty cycle 2026-Q3 to delete, a member who
     * may browse O-1, KR-1 and S-1 and is in the reviewer group, and the member's weekly digest subscription 1.
     */
    static ApiFixture fixture() {
        ApiFixture api = new ApiFixture(jira -> jira.objective(objective("O-3")
                .summary(SECRET_SUMMARY)
                .in("financial")
                .with(work("KR-5"))
                .build()));
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2026-Q3"), "Q3 2026", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        closedCycleWithAnUnfinishedObjective(api);
        api.store.settings.saveCycle(
                new Cycle(CycleId.of("2026-Q2"), "Q2 2026", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        api.personas.letMemberBrowse(new IssueId(SampleOkrs.O_1.value()));
        api.personas.letMemberBrowse(new IssueId(SampleOkrs.KR_1.value()));
        api.personas.letMemberBrowse(Ids.issue("S-1"));
        measuredKeyResults(api);
        api.store.settings.saveReviewSettings(new ReviewSettings(Personas.REVIEWERS, GradeScale.DEFAULT));
        api.personas.putMemberInReviewers();
        api.store.subscriptions.add(
                Persona.MEMBER.userKey,
                DigestScope.everything(),
                new DigestSchedule(DayOfWeek.MONDAY, 8),
                Instant.parse("2026-11-01T00:00:00Z"));
        return api;
    }

    /**
     * O-60 of 2026-Q4 with the METRIC key results KR-61 and KR-62, each measured from Jira, that the member may browse
     * and edit; the technical user is chosen.
     */
    private static void measuredKeyResults(ApiFixture api) {
        api.okr.jira.objective(objective("O-60")
                .in("customer")
                .with(metric("KR-61").from(6).to(2), metric("KR-62").from(30).to(12))
                .build());
        for (String key : List.of("O-60", "KR-61", "KR-62")) {
            api.personas.letMemberBrowse(Ids.issue(key));
        }
        for (String key : List.of("KR-61", "KR-62")) {
            api.store.measures.save(MeasureDefinition.ofJql(
                    Ids.keyResult(key), ApiFixture.COMPLAINTS, Aggregate.MEDIAN_RESOLUTION_HOURS, null));
        }
        api.store.measures.saveTechnicalUser(ApiFixture.TECHNICAL_USER);
    }

    /**
     * 2026-Q1, closed, with O-7 (one key result to do) that the member may edit: what the carry-forward row moves. The
     * cycle is closed in the in-memory settings the fixture's carry-forward reads cycle states from.
     */
    private static void closedCycleWithAnUnfinishedObjective(ApiFixture api) {
        Cycle q1 = new Cycle(CycleId.of("2026-Q1"), "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        api.store.settings.saveCycle(q1);
        api.okr.settings.saveCycle(q1);
        Objective built = objective("O-7").in("customer").with(work("KR-7")).build();
        Objective o7 = new Objective(
                built.id(),
                built.key(),
                built.summary(),
                built.perspective(),
                q1.id(),
                built.weight(),
                built.owner(),
                built.supports(),
                built.drives(),
                built.keyResults());
        api.okr.jira.objective(o7);
        api.okr.settings.close(
                new CycleEvent(
                        q1.id(), CycleEvent.Kind.CLOSED, Instant.parse("2026-04-03T00:00:00Z"), "JIRAUSER10000", ""),
                new FrozenCycle(
                        q1,
                        Instant.parse("2026-04-03T00:00:00Z"),
                        LocalDate.of(2026, 4, 3),
                        AppSettings.defaults(),
                        api.okr.settings.perspectives(),
                        new StatusRule(StatusMode.ABSOLUTE, 1.0),
                        List.of(o7),
                        Map.of()));
        api.personas.letMemberBrowse(new IssueId(o7.id().value()));
    }

    /** Starts a recalculation as the administrator, so that there is a job to ask about; its id. */
    private static String startJob(ApiFixture api) {
        api.personas.actAs(Persona.ADMIN);
        Answer started = api.rest.post("admin/recalculate", "application/json", "{}");
        assertEquals(started.body(), 202, started.status());
        return started.json().get("id").asText();
    }

    /** Only status, field and message, nothing the caller may not see but the key it asked for. */
    private static void checkRefusal(String call, String path, Answer answer, String job, List<String> problems) {
        JsonNode error = answer.json();
        Set<String> fields = new TreeSet<>();
        for (Iterator<String> it = error.fieldNames(); it.hasNext(); ) {
            fields.add(it.next());
        }
        if (!fields.equals(ERROR_FIELDS)) {
            problems.add(call + ": error body with fields " + fields);
        }
        if (error.get("status") == null || error.get("status").asInt() != answer.status()) {
            problems.add(call + ": error body with another status");
        }
        leaks(call, path, answer.body(), HIDDEN_FROM_EVERYONE, problems);
        if (answer.body().contains(job) || !answer.location().isEmpty()) {
            problems.add(call + ": a refusal names the job");
        }
    }

    /** A hidden key or summary in the body, other than one the request itself named. */
    private static void leaks(String call, String path, String body, List<String> hidden, List<String> problems) {
        for (String secret : hidden) {
            if (body.contains(secret) && !path.contains(secret)) {
                problems.add(call + ": shows " + secret);
            }
        }
    }

    private static String perspective(String key, String name, String colour) {
        return "{\"key\":\"" + key + "\",\"name\":\"" + name + "\",\"colour\":\"" + colour
                + "\",\"weight\":1,\"green\":0.7,\"amber\":0.4}";
    }
}
