package io.okrscorecard.sandbox.server;

import io.okrscorecard.app.Administrators;
import io.okrscorecard.app.CarryingForward;
import io.okrscorecard.app.CheckingIn;
import io.okrscorecard.app.ChoosingNotifications;
import io.okrscorecard.app.ChoosingTechnicalUser;
import io.okrscorecard.app.ClosingCycles;
import io.okrscorecard.app.ComparingCycles;
import io.okrscorecard.app.ConfiguringMeasures;
import io.okrscorecard.app.ConfiguringReview;
import io.okrscorecard.app.ConfiguringScorecard;
import io.okrscorecard.app.CycleStates;
import io.okrscorecard.app.ExportingScorecardPdf;
import io.okrscorecard.app.Grading;
import io.okrscorecard.app.InspectingSetup;
import io.okrscorecard.app.LinkingWork;
import io.okrscorecard.app.MeasuringKeyResults;
import io.okrscorecard.app.PickingKeyResults;
import io.okrscorecard.app.ReadingContributions;
import io.okrscorecard.app.ReadingKeyResults;
import io.okrscorecard.app.ReadingReview;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.RecalculatingProgress;
import io.okrscorecard.app.ReconcilingProgress;
import io.okrscorecard.app.RecordingCheckIn;
import io.okrscorecard.app.Reviewers;
import io.okrscorecard.app.RunningRecalculation;
import io.okrscorecard.app.ScoringAfresh;
import io.okrscorecard.app.SendingNotifications;
import io.okrscorecard.app.SubscribingToDigests;
import io.okrscorecard.core.port.OutgoingMail;
import io.okrscorecard.core.port.SavedFilters;
import io.okrscorecard.report.PdfScorecardReport;
import io.okrscorecard.rest.AdminConfigurationResource;
import io.okrscorecard.rest.AdminSubscriptionResource;
import io.okrscorecard.rest.CarryForwardResource;
import io.okrscorecard.rest.CompareResource;
import io.okrscorecard.rest.ContributionResource;
import io.okrscorecard.rest.CycleReviewResource;
import io.okrscorecard.rest.JsonOnlyMutations;
import io.okrscorecard.rest.KeyResultMeasureResource;
import io.okrscorecard.rest.MeasureSettingsResource;
import io.okrscorecard.rest.NotificationAdminResource;
import io.okrscorecard.rest.NotificationResource;
import io.okrscorecard.rest.OkrResource;
import io.okrscorecard.rest.RecalculationResource;
import io.okrscorecard.rest.RestErrors;
import io.okrscorecard.rest.ReviewResource;
import io.okrscorecard.rest.ReviewSettingsResource;
import io.okrscorecard.rest.ScorecardResource;
import io.okrscorecard.rest.SetupResource;
import io.okrscorecard.rest.SubscriptionResource;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.demo.ServiceDesk;
import io.okrscorecard.sandbox.web.JiraStandIns;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoReviewRepository;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.AoSnapshotRepository;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The app's classes over the sandbox's store and Jira, wired as plugin-context.xml wires them in Jira: the
 * recalculation and its reconciliation, the use cases, the app's mail ({@link SandboxNotifications}) and the REST
 * resources. The sandbox serves them; this class only builds them.
 */
final class SandboxApp {
    /** The sandbox has no saved filters: a gadget scoped by one shows "no saved filter that you can see". */
    private static final SavedFilters NO_SAVED_FILTERS = (viewer, filterId, candidates) -> Optional.empty();

    private final RecalculatingProgress recalculating;
    private final ReconcilingProgress reconciling;
    private final RunningRecalculation running;
    private final SendingNotifications notifications;
    private final ResourceConfig rest;

    /**
     * @param origin the sandbox's address, which the mail's links and the PDF report use as Jira's base URL
     * @param serviceDesk the tickets Jira measures count (the demo's; none for an import)
     */
    SandboxApp(
            SandboxStore store,
            SandboxJira jira,
            ImportedJira imported,
            SandboxUsers users,
            PluginTexts texts,
            OutgoingMail outgoing,
            String origin,
            Clock clock,
            ServiceDesk serviceDesk) {
        AoScorecardSettingsRepository settings = store.settings();
        AoSnapshotRepository snapshots = store.snapshots();
        ActiveObjectsTransactions transactions = store.transactions();

        recalculating = new RecalculatingProgress(
                jira,
                jira,
                settings,
                store.progress(),
                snapshots,
                store.journal(),
                transactions,
                clock,
                store.workSets());
        SandboxMeasures jiraMeasures = new SandboxMeasures(serviceDesk, clock);
        MeasuringKeyResults measuring =
                new MeasuringKeyResults(store.measures(), jiraMeasures, jira, settings, recalculating, clock);
        reconciling = new ReconcilingProgress(recalculating, store.journal(), snapshots, settings, clock, measuring);
        ScoringAfresh scoring = new ScoringAfresh(jira, jira, settings, clock);
        Administrators administrators = new Administrators(users);
        SandboxPeople people = new SandboxPeople(users, imported);
        RecordingCheckIn recording = new RecordingCheckIn(jira, store.checkIns(), recalculating, transactions, clock);
        running = new RunningRecalculation(administrators, recalculating, clock);
        ReadingScorecard scorecards = new ReadingScorecard(
                users,
                settings,
                store.cycleReviews(),
                jira,
                store.progress(),
                snapshots,
                scoring,
                NO_SAVED_FILTERS,
                clock);
        SubscribingToDigests subscribing = new SubscribingToDigests(
                users, administrators, store.subscriptions(), settings, NO_SAVED_FILTERS, people, clock);
        // the PDF report (in English, the language the sandbox's stand-in for Jira's i18n gives every user), warmed up
        // at start as in Jira
        PdfScorecardReport report = new PdfScorecardReport(JiraStandIns.applicationProperties(origin + "/"), clock);
        report.warmUp();
        notifications = new SandboxNotifications(
                        administrators,
                        settings,
                        jira,
                        scorecards,
                        snapshots,
                        store.subscriptions(),
                        new SandboxRecipients(users, imported),
                        store.preferences(),
                        store.sentMail(),
                        outgoing,
                        report,
                        texts,
                        origin,
                        clock)
                .sending();
        rest = new ResourceConfig()
                .register(JacksonFeature.class)
                .register(RestErrors.class)
                .register(JsonOnlyMutations.class)
                .register(new ScorecardResource(
                        scorecards,
                        new ExportingScorecardPdf(scorecards, report),
                        JiraStandIns.localeResolver(() -> Locale.ENGLISH)))
                .register(new CompareResource(new ComparingCycles(scorecards)))
                .register(contributionResource(jira, users, settings, store, scorecards, clock))
                .register(new OkrResource(
                        new ReadingKeyResults(users, jira, settings, jira, scoring, scorecards, clock),
                        new CheckingIn(users, jira, jira, recording, people, store.measures())))
                .register(new KeyResultMeasureResource(new ConfiguringMeasures(
                        users, jira, jira, settings, store.measures(), jiraMeasures, measuring, people)))
                .register(new MeasureSettingsResource(
                        new ChoosingTechnicalUser(administrators, store.measures(), jiraMeasures, people)))
                .register(new AdminConfigurationResource(
                        new ConfiguringScorecard(administrators, settings, jira, transactions)))
                .register(new SetupResource(new InspectingSetup(administrators, imported::setupReport)))
                .register(new CycleReviewResource(new ClosingCycles(
                        new Reviewers(users, settings),
                        users,
                        settings,
                        store.cycleReviews(),
                        jira,
                        store.progress(),
                        people,
                        clock)))
                .register(new RecalculationResource(running))
                .register(new SubscriptionResource(subscribing))
                .register(new AdminSubscriptionResource(subscribing))
                .register(new NotificationResource(new ChoosingNotifications(users, store.preferences())))
                .register(new NotificationAdminResource(notifications))
                .register(new CarryForwardResource(new CarryingForward(
                        users, new CycleStates(settings, clock), scorecards, jira, jira.edits(), recalculating)))
                .register(reviewResource(store, users, scorecards, people, clock))
                .register(new ReviewSettingsResource(new ConfiguringReview(administrators, store.settings())));
    }

    /**
     * The issue panel of work items: links made and removed in the sandbox's Jira, each followed by the recalculation
     * of its key result, as Jira's link event makes the app's listener do.
     */
    private ContributionResource contributionResource(
            SandboxJira jira,
            SandboxUsers users,
            AoScorecardSettingsRepository settings,
            SandboxStore store,
            ReadingScorecard scorecards,
            Clock clock) {
        jira.links().afterChange(recalculating::recalculate);
        ReadingContributions reading =
                new ReadingContributions(users, jira, jira, jira, settings, store.progress(), scorecards, clock);
        return new ContributionResource(
                reading, new LinkingWork(users, jira, jira, jira.links(), reading), new PickingKeyResults(scorecards));
    }

    /** The review: grades and retrospectives on the sandbox's store; only the administrator reviews (no groups). */
    private static ReviewResource reviewResource(
            SandboxStore store, SandboxUsers users, ReadingScorecard scorecards, SandboxPeople people, Clock clock) {
        AoReviewRepository reviews = new AoReviewRepository(store.ao(), store.transactions());
        CycleStates states = new CycleStates(store.settings(), clock);
        Reviewers reviewers = new Reviewers(users, store.settings());
        return new ReviewResource(
                new ReadingReview(scorecards, states, reviewers, store.settings(), reviews, people),
                new Grading(scorecards, states, reviewers, reviews, people, clock));
    }

    /** The reconciliation the sandbox runs at start and then every few minutes, as the job does in Jira. */
    ReconcilingProgress reconciling() {
        return reconciling;
    }

    /**
     * Reconciles as the job does in Jira at start (drains the dirty journal and, once a day, recalculates everything),
     * and recalculates every cycle now if the reconciliation did not.
     */
    void reconcileAtStart() {
        if (reconciling.reconcile().full() == null) {
            recalculating.recalculateAll(null);
        }
    }

    /** The admin's full recalculation (its executor is stopped with the sandbox). */
    RunningRecalculation running() {
        return running;
    }

    /** The app's mail, run every hour and by the admin page's "send now". */
    SendingNotifications notifications() {
        return notifications;
    }

    /** The REST resources for Jersey at {@value io.okrscorecard.web.AdminServlet#REST_PATH}. */
    ResourceConfig rest() {
        return rest;
    }
}
