package io.okrscorecard.rest;

import com.atlassian.sal.api.UrlMode;
import io.okrscorecard.app.Administrators;
import io.okrscorecard.app.CarryingForward;
import io.okrscorecard.app.CheckingIn;
import io.okrscorecard.app.ChoosingNotifications;
import io.okrscorecard.app.ChoosingTechnicalUser;
import io.okrscorecard.app.ClosingCycles;
import io.okrscorecard.app.ComparingCycles;
import io.okrscorecard.app.ComposingDigest;
import io.okrscorecard.app.ConfiguringMeasures;
import io.okrscorecard.app.ConfiguringReview;
import io.okrscorecard.app.ConfiguringScorecard;
import io.okrscorecard.app.CycleStates;
import io.okrscorecard.app.ExportingScorecardPdf;
import io.okrscorecard.app.FakeJiraMeasures;
import io.okrscorecard.app.Grading;
import io.okrscorecard.app.InMemoryContributionLinks;
import io.okrscorecard.app.InMemoryIssueEditor;
import io.okrscorecard.app.InMemoryOkr;
import io.okrscorecard.app.InspectingSetup;
import io.okrscorecard.app.LinkingWork;
import io.okrscorecard.app.ManualExecutor;
import io.okrscorecard.app.MeasuringKeyResults;
import io.okrscorecard.app.PickingKeyResults;
import io.okrscorecard.app.ReadingContributions;
import io.okrscorecard.app.ReadingKeyResults;
import io.okrscorecard.app.ReadingReview;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.app.RecordingCheckIn;
import io.okrscorecard.app.Reviewers;
import io.okrscorecard.app.RunningRecalculation;
import io.okrscorecard.app.SampleOkrs;
import io.okrscorecard.app.ScoringAfresh;
import io.okrscorecard.app.SendingCheckInReminders;
import io.okrscorecard.app.SendingDigests;
import io.okrscorecard.app.SendingNotifications;
import io.okrscorecard.app.SubscribingToDigests;
import io.okrscorecard.core.Fixture;
import io.okrscorecard.core.Ids;
import io.okrscorecard.core.IssueId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.mail.MailMessage;
import io.okrscorecard.core.measure.MeasuredIssue;
import io.okrscorecard.core.port.AccessControl.Viewer;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.port.IssueDirectory;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.core.port.ScorecardSettingsRepository;
import io.okrscorecard.core.port.WorkItemSource;
import io.okrscorecard.core.settings.HostObject;
import io.okrscorecard.core.settings.SetupReport;
import io.okrscorecard.core.work.WorkGraph;
import io.okrscorecard.core.work.WorkItem;
import io.okrscorecard.report.PdfScorecardReport;
import io.okrscorecard.sandbox.web.JiraStandIns;
import io.okrscorecard.store.H2Store;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every resource of the API over the sample OKRs of {@link SampleOkrs}, materialised by a full recalculation, in one
 * {@link RestServer}: the store is the real one on a fresh H2 database ({@link H2Store}); Jira is faked: the objectives
 * and work of {@link InMemoryOkr#jira} (reading check-in histories from the store), the four {@link Personas}, a setup
 * report in which one field was created and the rest found, and recalculation jobs on a {@link ManualExecutor} with a
 * hook that runs while a job reads work. Public for the browser tests: the admin page's acts as the Jira administrator,
 * the issue panel's also as a member who may or may not edit ({@link #actAsMember}).
 */
public final class ApiFixture implements AutoCloseable {
    static final Clock CLOCK = Fixture.MID_Q4;
    /** The inward description of the "OKR Contribution" link type in the faked Jira, as the bootstrap creates it. */
    public static final String CONTRIBUTION_INWARD = "has contribution from";
    /** The saved filter that finds objective O-1. */
    static final long O1_FILTER = 10_100L;
    /** A Jira without an SMTP server: the mail tests are in io.okrscorecard.mail and io.okrscorecard.app. */
    static final OutgoingMail NO_OUTGOING_MAIL = new OutgoingMail() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void send(MailMessage message) {
            throw new MailUnavailableException("no SMTP server in the REST tests");
        }
    };

    /** The faked Jira side: objectives, key results and work (the browser tests' stand-in pages read it). */
    public final InMemoryOkr okr = SampleOkrs.create();

    /**
     * Jira's side of measures: the technical user {@value #TECHNICAL_USER}, the number field customfield_10300, the
     * text field customfield_10400, and the complaints JQL {@link #COMPLAINTS} whose three resolved issues (8, 15 and
     * 40 h) have a median resolution time of 15 h, plus one still open.
     */
    public final FakeJiraMeasures measuresJira = new FakeJiraMeasures();

    /** The technical user the measure examples choose. */
    public static final String TECHNICAL_USER = "svc-okr";
    /** A JQL the faked Jira knows. */
    public static final String COMPLAINTS = "project = SUP AND issuetype = Complaint";

    final H2Store store = H2Store.fresh("rest");
    final Personas personas = new Personas();
    final ManualExecutor executor = new ManualExecutor();
    /** Runs inside a recalculation job each time it reads the work of a cycle. */
    final List<Runnable> duringWorkReads = new ArrayList<>();

    /** The app's resources, as Jersey serves them in {@link #rest}; called directly by {@link InCodeAccessChecksTest}. */
    final List<Object> resources;

    public final RestServer rest;

    /** The caller's language in Jira, which the PDF report is written in. */
    volatile Locale locale = Locale.ENGLISH;

    public ApiFixture() {
        this(jira -> {});
    }

    /** With more objectives or work in Jira, added before the first recalculation. */
    public ApiFixture(Consumer<InMemoryOkr.FakeJira> moreJira) {
        moreJira.accept(okr.jira);
        Instant created = Instant.parse("2026-11-10T08:00:00Z");
        measuresJira
                .user(TECHNICAL_USER)
                .numberField("customfield_10300")
                .textField("customfield_10400")
                .jql(
                        COMPLAINTS,
                        new MeasuredIssue(created, created.plusSeconds(8 * 3600), null),
                        new MeasuredIssue(created, created.plusSeconds(15 * 3600), null),
                        new MeasuredIssue(created, created.plusSeconds(40 * 3600), null),
                        new MeasuredIssue(created, null, null));
        okr.jira.readCheckInsFrom(store.checkIns);
        okr.settings.cycles().forEach(store.settings::saveCycle);
        IssueDirectory directory = new IssueDirectory() {
            @Override
            public Optional<IssueId> idOf(IssueKey key) {
                return Optional.of(Ids.issue(key.value()));
            }

            @Override
            public Optional<String> inwardDescription(HostObject linkType) {
                return linkType == HostObject.CONTRIBUTION_LINK ? Optional.of(CONTRIBUTION_INWARD) : Optional.empty();
            }
        };
        RecalculatingProgress recalculating = new RecalculatingProgress(
                okr.jira,
                okr.jira,
                store.settings,
                store.progress,
                store.snapshots,
                store.journal,
                store.transactions,
                CLOCK);
        recalculating.recalculateAll(null);
        RecalculatingProgress hooked = new RecalculatingProgress(
                okr.jira,
                readingWork(),
                store.settings,
                store.progress,
                store.snapshots,
                store.journal,
                store.transactions,
                CLOCK);
        ScoringAfresh scoring = new ScoringAfresh(okr.jira, okr.jira, store.settings, CLOCK);
        Administrators administrators = new Administrators(personas);
        RecordingCheckIn recording =
                new RecordingCheckIn(okr.jira, store.checkIns, recalculating, store.transactions, CLOCK);
        MeasuringKeyResults measuring =
                new MeasuringKeyResults(store.measures, measuresJira, okr.jira, store.settings, recalculating, CLOCK);
        ReadingScorecard scorecards = new ReadingScorecard(
                personas,
                store.settings,
                store.cycleReviews,
                okr.jira,
                store.progress,
                store.snapshots,
                scoring,
                ApiFixture::savedFilter,
                CLOCK);
        resources = List.of(
                new ScorecardResource(
                        scorecards,
                        new ExportingScorecardPdf(scorecards, new PdfScorecardReport(ApiFixture::baseUrl, CLOCK)),
                        JiraStandIns.localeResolver(() -> locale)),
                new CompareResource(new ComparingCycles(scorecards)),
                contributionResource(directory, recalculating, scorecards),
                new OkrResource(
                        new ReadingKeyResults(
                                personas, directory, store.settings, okr.jira, scoring, scorecards, CLOCK),
                        new CheckingIn(personas, directory, okr.jira, recording, personas, store.measures)),
                new KeyResultMeasureResource(new ConfiguringMeasures(
                        personas,
                        directory,
                        okr.jira,
                        store.settings,
                        store.measures,
                        measuresJira,
                        measuring,
                        personas)),
                new MeasureSettingsResource(
                        new ChoosingTechnicalUser(administrators, store.measures, measuresJira, personas)),
                new AdminConfigurationResource(
                        new ConfiguringScorecard(administrators, store.settings, okr.jira, store.transactions)),
                new SetupResource(new InspectingSetup(administrators, ApiFixture::setupReport)),
                new CarryForwardResource(new CarryingForward(
                        personas,
                        new CycleStates(okr.settings, CLOCK),
                        scorecards,
                        okr.jira,
                        new InMemoryIssueEditor(okr.jira),
                        recalculating)),
                new CycleReviewResource(new ClosingCycles(
                        new Reviewers(personas, store.settings),
                        personas,
                        store.settings,
                        store.cycleReviews,
                        okr.jira,
                        store.progress,
                        personas,
                        CLOCK)),
                new RecalculationResource(new RunningRecalculation(administrators, hooked, CLOCK, executor)),
                new SubscriptionResource(subscribing(administrators)),
                new AdminSubscriptionResource(subscribing(administrators)),
                new NotificationResource(new ChoosingNotifications(personas, store.notificationPreferences)),
                new NotificationAdminResource(new SendingNotifications(
                        administrators,
                        new SendingCheckInReminders(
                                store.settings,
                                okr.jira,
                                userKey -> Optional.empty(),
                                store.notificationPreferences,
                                store.sentMail,
                                NO_OUTGOING_MAIL,
                                (recipient, due) -> {
                                    throw new AssertionError("no mail is written without outgoing mail");
                                },
                                CLOCK),
                        new SendingDigests(
                                store.subscriptions,
                                new ComposingDigest(scorecards, store.snapshots, CLOCK),
                                (digest, recipient) -> {
                                    throw new AssertionError("no digest is written without outgoing mail");
                                },
                                (reading, map, scope, locale) -> {
                                    throw new AssertionError("no report is attached without outgoing mail");
                                },
                                userKey -> Optional.empty(),
                                store.sentMail,
                                NO_OUTGOING_MAIL,
                                CLOCK),
                        NO_OUTGOING_MAIL,
                        CLOCK)),
                reviewResource(scorecards),
                new ReviewSettingsResource(new ConfiguringReview(administrators, store.settings)));
        rest = new RestServer(resources.toArray());
    }

    /**
     * The day the review's use cases see: {@link #REVIEW_DAY}, after 2026-Q4 ended, so that Q4 (whose numbers the rest
     * of the fixture reads on {@link #CLOCK}) is in review and its key results can be graded; a test moves it back
     * into the cycle with {@link #reviewOn}.
     */
    static final Instant REVIEW_DAY = Instant.parse("2027-01-11T09:30:00Z");

    private volatile Instant reviewNow = REVIEW_DAY;

    /** The review's use cases see this instant from now on (e.g. inside Q4: the cycle is running again). */
    void reviewOn(Instant now) {
        reviewNow = now;
    }

    /** The review over the real store: only the administrator and, once added, the member's group review. */
    private ReviewResource reviewResource(ReadingScorecard scorecards) {
        Clock reviewClock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(reviewNow, zone);
            }

            @Override
            public Instant instant() {
                return reviewNow;
            }
        };
        CycleStates states = new CycleStates(store.settings, reviewClock);
        Reviewers reviewers = new Reviewers(personas, store.settings);
        return new ReviewResource(
                new ReadingReview(scorecards, states, reviewers, store.settings, store.reviews, personas),
                new Grading(scorecards, states, reviewers, store.reviews, personas, reviewClock));
    }

    /** The "contributes to" links made and removed from the issue panel, as the in-memory Jira's link service. */
    public InMemoryContributionLinks contributionLinks;

    /**
     * The issue panel's resource over the in-memory Jira: a link made or removed recalculates the key result at once,
     * as Jira's link event makes the listener do.
     */
    private ContributionResource contributionResource(
            IssueDirectory directory, RecalculatingProgress recalculating, ReadingScorecard scorecards) {
        contributionLinks =
                new InMemoryContributionLinks(okr.jira, keyResult -> recalculating.recalculate(List.of(keyResult)));
        ReadingContributions reading = new ReadingContributions(
                personas, directory, okr.jira, okr.jira, store.settings, store.progress, scorecards, CLOCK);
        return new ContributionResource(
                reading,
                new LinkingWork(personas, directory, okr.jira, contributionLinks, reading),
                new PickingKeyResults(scorecards));
    }

    /** The Jira base URL the PDF report prints in its page header. */
    static final String BASE_URL = "https://jira.example.com";

    private static String baseUrl(UrlMode mode) {
        return BASE_URL;
    }

    /** Digest subscriptions on the real store, as the personas, with the saved filter of {@link #savedFilter}. */
    private SubscribingToDigests subscribing(Administrators administrators) {
        return new SubscribingToDigests(
                personas,
                administrators,
                store.subscriptions,
                store.settings,
                ApiFixture::savedFilter,
                personas,
                CLOCK);
    }

    /** The bootstrap's records on the real store: where the issue panel's condition finds the OKR issue types. */
    public HostObjectRegistry hostObjects() {
        return store.hostObjects;
    }

    /** The app's settings on the real store: the issue page's condition reads where the work-item panel is off. */
    public ScorecardSettingsRepository settings() {
        return store.settings;
    }

    /** The Jira administrator's display name from now on (user key {@code JIRAUSER10000}). */
    public void renameAdministrator(String displayName) {
        personas.rename(Personas.Persona.ADMIN, displayName);
    }

    /** The API's caller from now on is the Jira administrator (the default). */
    public void actAsAdministrator() {
        personas.actAs(Personas.Persona.ADMIN);
    }

    /**
     * The API's caller from now on is a member who may browse the issues with these keys, and edit them too when
     * {@code mayEdit} (Browse Projects with or without Edit Issues); other issues do not exist for them.
     */
    public void actAsMember(boolean mayEdit, String... issueKeys) {
        for (String key : issueKeys) {
            if (mayEdit) {
                personas.letMemberBrowse(Ids.issue(key));
            } else {
                personas.letMemberOnlyBrowse(Ids.issue(key));
            }
        }
        personas.actAs(Personas.Persona.MEMBER);
    }

    /** What a start finds on a Jira where an admin made the Objective type by hand: one field created, the rest found. */
    static SetupReport setupReport() {
        List<SetupReport.Entry> entries = new ArrayList<>();
        int id = 10100;
        for (HostObject role : HostObject.values()) {
            SetupReport.Outcome outcome = role == HostObject.WEIGHT_FIELD
                    ? SetupReport.Outcome.CREATED
                    : role == HostObject.OBJECTIVE_ISSUE_TYPE
                            ? SetupReport.Outcome.FOUND_BY_NAME
                            : SetupReport.Outcome.FOUND_BY_ID;
            String jiraId = role.kind() == HostObject.Kind.CUSTOM_FIELD ? "customfield_" + id : Integer.toString(id);
            entries.add(new SetupReport.Entry(role, outcome, jiraId, role.defaultName(), null));
            id++;
        }
        return new SetupReport(SetupReport.Run.COMPLETED, false, entries);
    }

    /**
     * Jira's saved filters: {@value #O1_FILTER} finds O-1 for every viewer; no other filter exists or is visible.
     */
    private static Optional<Set<IssueKey>> savedFilter(Viewer viewer, long filterId, Collection<IssueKey> candidates) {
        if (filterId != O1_FILTER) {
            return Optional.empty();
        }
        return Optional.of(candidates.stream()
                .filter(key -> key.value().equals("O-1"))
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The in-memory Jira, running {@link #duringWorkReads} before each read of work. */
    private WorkItemSource readingWork() {
        return new WorkItemSource() {
            @Override
            public WorkGraph workFor(Collection<KeyResultId> keyResults) {
                List.copyOf(duringWorkReads).forEach(Runnable::run);
                return okr.jira.workFor(keyResults);
            }

            @Override
            public Map<IssueId, WorkItem> items(Collection<IssueId> issues) {
                List.copyOf(duringWorkReads).forEach(Runnable::run);
                return okr.jira.items(issues);
            }
        };
    }

    /**
     * Changes Jira, then recalculates everything as the nightly job would have on {@code day}: that day's trend points
     * are recorded; stored progress only changes when {@code day} is not before the last computation (newer wins).
     * Builds a trend history when called for past days with the work as it was then.
     */
    public void recalculateOn(LocalDate day, Consumer<InMemoryOkr.FakeJira> change) {
        change.accept(okr.jira);
        Clock then = Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        new RecalculatingProgress(
                        okr.jira,
                        okr.jira,
                        store.settings,
                        store.progress,
                        store.snapshots,
                        store.journal,
                        store.transactions,
                        then)
                .recalculateAll(null);
    }

    @Override
    public void close() {
        try {
            rest.close();
        } finally {
            store.close();
        }
    }
}
