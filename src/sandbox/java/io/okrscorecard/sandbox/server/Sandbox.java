package io.okrscorecard.sandbox.server;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.okrscorecard.app.ReconcilingProgress;
import io.okrscorecard.app.RunningRecalculation;
import io.okrscorecard.app.SendingNotifications;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.KeyResultId;
import io.okrscorecard.core.ValidationException;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.measure.MeasureDefinition;
import io.okrscorecard.core.measure.MeasureRun;
import io.okrscorecard.core.port.HostObjectRegistry;
import io.okrscorecard.core.rollup.Cascade;
import io.okrscorecard.core.settings.AppSettings;
import io.okrscorecard.sandbox.ImportedJira;
import io.okrscorecard.sandbox.JiraExport;
import io.okrscorecard.sandbox.demo.DemoOrganisation;
import io.okrscorecard.sandbox.demo.ServiceDesk;
import io.okrscorecard.sandbox.mail.OutboxPage;
import io.okrscorecard.sandbox.mail.SandboxMailServer;
import io.okrscorecard.sandbox.web.AdminPage;
import io.okrscorecard.sandbox.web.DashboardPage;
import io.okrscorecard.sandbox.web.IssuePage;
import io.okrscorecard.sandbox.web.NotificationsPage;
import io.okrscorecard.sandbox.web.PluginResources;
import io.okrscorecard.sandbox.web.PluginTexts;
import io.okrscorecard.sandbox.web.Responses;
import io.okrscorecard.store.ActiveObjectsTransactions;
import io.okrscorecard.store.AoHostObjectRegistry;
import io.okrscorecard.store.AoScorecardSettingsRepository;
import io.okrscorecard.store.EmbeddedH2;
import io.okrscorecard.store.TestActiveObjects;
import io.okrscorecard.web.AdminServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app without Jira, on 127.0.0.1: the real use cases and REST resources (Jersey over the JDK's HTTP server at
 * {@value io.okrscorecard.web.AdminServlet#REST_PATH}), the real store (Active Objects on an H2 database file in the data
 * folder), and on the same origin the pages that stand in for Jira's: the index at {@code /}, the admin page, the
 * plugin's web resources, and whatever {@link #serve} mounts (the dashboard and the issue view).
 *
 * <p>Jira is an imported Jira REST export ({@link SandboxJira}): the demo organisation, generated into the data folder
 * on the first start and imported from there, or an export given with {@link SandboxOptions#importing}. The first
 * start also writes the demo's settings, cycles, check-ins and past snapshots; every later start on the same folder
 * reuses all of it. Each start reconciles (drains the dirty journal, recalculates every cycle) so that the materialised
 * progress matches Jira, and the reconciliation then runs every {@value #RECONCILE_MINUTES} minutes as the scheduled job
 * does in Jira.
 *
 * <p>Users: see {@link SandboxUsers}.
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    /** Where Jira shows dashboards; the lead mounts the dashboard stand-in here. */
    public static final String DASHBOARD_PATH = "/secure/Dashboard.jspa";
    /** Where Jira shows an issue: {@code /browse/KEY}. */
    public static final String ISSUE_PATH = "/browse/";

    static final String STYLESHEET_PATH = "/sandbox/okr-sandbox.css";
    private static final String STYLESHEET = "sandbox/okr-sandbox.css";
    static final int RECONCILE_MINUTES = 10;
    /** How often the notifications run, as the hourly job does in Jira. */
    static final int NOTIFY_MINUTES = 60;

    private static final int HTTP_THREADS = 24;
    private static final String REST_CONTEXT = AdminServlet.REST_PATH + "/";
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final SandboxOptions options;
    private final DataFolder folder;
    private final boolean loadedNow;
    private final SandboxJira jira;
    private final PluginTexts texts = PluginTexts.load();
    private final PluginResources resources;
    private final SandboxUsers users = new SandboxUsers(texts);
    private final UnexpectedFailures failures = new UnexpectedFailures(texts);
    private final HttpServer server;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(HTTP_THREADS, daemon("okr-sandbox-http"));
    private final ScheduledExecutorService reconciliation =
            Executors.newSingleThreadScheduledExecutor(daemon("okr-sandbox-reconciliation"));
    private EmbeddedH2 database;
    private SandboxMailServer mailServer;
    private RunningRecalculation running;
    private JdkHttpHandlerContainer rest;
    private boolean closed;

    private Sandbox(SandboxOptions options, ImportedJira requestedImport) {
        this.options = options;
        this.resources = PluginResources.fromClasspath().withAui(options.aui());
        this.folder = new DataFolder(options.dataFolder());
        DataFolder.Content content = folder.content().orElse(null);
        if (options.imports() && content == DataFolder.Content.DEMO) {
            throw new SandboxException(
                    "the data folder " + folder.root() + " holds the demo organisation: import into another folder"
                            + " (--data DIR; the default for an import is " + SandboxOptions.DEFAULT_DATA + "/import)",
                    SandboxException.BAD_INPUT);
        }
        this.loadedNow = content == null;
        this.server = bind(options.port());
        try {
            Clock clock = options.clock();
            LocalDate today = LocalDate.now(clock);
            DemoOrganisation demo = null;
            ImportedJira imported;
            if (loadedNow) {
                folder.clearUnfinished();
            }
            if (requestedImport != null) {
                folder.copyImport(options.importPages(), options.mapping());
                imported = requestedImport;
            } else if (loadedNow) {
                demo = DemoOrganisation.withObjectives(today, clock.getZone(), options.demoObjectives());
                folder.writeExport(demo.exportOn(today), demo.mapping());
                folder.writeServiceDesk(demo.serviceDesk());
                imported = folder.readJira();
            } else {
                imported = folder.readJira();
            }
            database = EmbeddedH2.inFolder(folder.database());
            SandboxStore store = SandboxStore.over(new TestActiveObjects(database.entityManager()));
            AoScorecardSettingsRepository settings = store.settings();
            jira = new SandboxJira(
                    imported,
                    store.checkIns()::histories,
                    settings::perspectiveMapping,
                    new SandboxIssueEdits(imported, users),
                    new SandboxContributionLinks(imported, users));

            if (demo != null) {
                loadDemo(demo, imported, store);
            } else if (requestedImport != null) {
                saveImportSettings(imported, settings, loadedNow, today);
            }
            if (loadedNow) {
                folder.markLoaded(
                        demo != null ? DataFolder.Content.DEMO : DataFolder.Content.IMPORT,
                        clock.instant(),
                        demo != null ? "demo, " + demo.runningObjectives() + " objectives" : sources(options));
            }

            mailServer = SandboxMailServer.start();
            SandboxApp app = new SandboxApp(
                    store,
                    jira,
                    imported,
                    users,
                    texts,
                    mailServer.outgoingMail(),
                    origin(),
                    clock,
                    folder.readServiceDesk());
            app.reconcileAtStart();
            ReconcilingProgress reconciling = app.reconciling();
            running = app.running();
            SendingNotifications notifications = app.notifications();
            ResourceConfig config = app.rest();
            rest = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config);
            serve(REST_CONTEXT, rest);
            boolean importedContent = requestedImport != null || content == DataFolder.Content.IMPORT;
            IndexPage index = new IndexPage(
                    texts, users, settings, jira, importedContent, folder.root().toString(), clock);
            serve("/", index::serve);
            serve("/sandbox/", this::serveSandboxPaths);
            serve(AdminPage.PATH, new AdminPage(resources, texts)::serve);
            serve(DashboardPage.PATH, new DashboardPage(resources, texts)::serve);
            serve(
                    IssuePage.PATH,
                    new IssuePage(
                            resources,
                            texts,
                            hostObjects(imported, store.ao(), store.transactions()),
                            settings,
                            key -> issueView(imported, key))::serve);
            serve(PluginResources.DOWNLOAD_PATH, exchange -> resources.serve(exchange, texts));
            serve(OutboxPage.PATH, new OutboxPage(mailServer, texts, STYLESHEET_PATH, clock.getZone())::serve);
            serve(NotificationsPage.PATH, new NotificationsPage(resources, texts)::serve);
            serve(NotificationsPage.REVIEW_PATH, NotificationsPage.review(resources, texts)::serve);
            server.setExecutor(httpThreads);
            server.start();
            rest.getApplicationHandler().onStartup(rest);
            reconciliation.scheduleWithFixedDelay(
                    () -> reconcileQuietly(reconciling), RECONCILE_MINUTES, RECONCILE_MINUTES, TimeUnit.MINUTES);
            reconciliation.scheduleWithFixedDelay(
                    () -> notifyQuietly(notifications), NOTIFY_MINUTES, NOTIFY_MINUTES, TimeUnit.MINUTES);
        } catch (RuntimeException | Error e) {
            shutDown(0, e);
            throw e;
        }
    }

    /**
     * The ids of the Jira objects as the export shows them, recorded in the store as the bootstrap records them in Jira
     * (the issue panel shows on the issue types recorded for objectives and key results).
     */
    private static HostObjectRegistry hostObjects(
            ImportedJira imported, TestActiveObjects ao, ActiveObjectsTransactions transactions) {
        AoHostObjectRegistry registry = new AoHostObjectRegistry(ao, transactions);
        imported.setupReport().entries().stream()
                .filter(entry -> entry.id() != null)
                .forEach(entry -> registry.record(entry.role(), entry.id()));
        return registry;
    }

    /** An exported issue as the stand-in issue view shows it. */
    private static Optional<IssuePage.IssueView> issueView(ImportedJira imported, String key) {
        return imported.shown(new IssueKey(key))
                .map(issue -> new IssuePage.IssueView(
                        issue.key().value(),
                        issue.summary(),
                        issue.typeId(),
                        issue.typeName(),
                        issue.resolution() != null
                                ? issue.resolution()
                                : issue.status().key(),
                        issue.status().key()));
    }

    /**
     * Starts a sandbox. An export to import is read first: when it cannot be imported (an {@link
     * io.okrscorecard.sandbox.ImportException} naming the file, issue and field), nothing is written.
     *
     * @throws SandboxException when it cannot start for another reason (a port in use, a data folder holding something
     *     else)
     */
    public static Sandbox start(SandboxOptions options) {
        ImportedJira requestedImport = null;
        if (options.imports()) {
            requestedImport = options.mapping() == null
                    ? JiraExport.read(options.importPages())
                    : JiraExport.read(options.mapping(), options.importPages());
        }
        return new Sandbox(options, requestedImport);
    }

    /** {@code http://127.0.0.1:port}: the origin of the pages and the API. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The index page, {@code http://127.0.0.1:port/}. */
    public String url() {
        return origin() + "/";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Serves {@code handler} at {@code path} (every path starting with it that no longer mounted path matches), acting
     * as the request's {@link SandboxUsers sandbox user}; when it throws, the failure is logged and answered with a 500
     * ({@link UnexpectedFailures}).
     */
    public void serve(String path, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(failures);
        context.getFilters().add(users.filter());
    }

    /** The plugin's web resources, to put in a stand-in page's head ({@link PluginResources#tagsFor}). */
    public PluginResources resources() {
        return resources;
    }

    public PluginTexts texts() {
        return texts;
    }

    /** The users and the persona of the current request. */
    public SandboxUsers users() {
        return users;
    }

    /** Jira as the sandbox shows it: objectives with their check-ins, work, issue keys. */
    public SandboxJira jira() {
        return jira;
    }

    public Path dataFolder() {
        return folder.root();
    }

    /** True when this start loaded the data folder (the demo or an import into an empty folder). */
    public boolean loadedNow() {
        return loadedNow;
    }

    /** Which look of Jira's the stand-in pages lack, for the start's output: AUI when it was not fetched, else empty. */
    public String missingLook() {
        return resources.aui().missing(texts);
    }

    /** What the export leaves out ({@link ImportedJira#notes()}), e.g. links to issues that are not in it. */
    public List<String> importNotes() {
        return jira.imported().notes();
    }

    /** Stops serving (waiting up to a second for requests being answered), then closes the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutDown(1, null);
    }

    private void loadDemo(DemoOrganisation demo, ImportedJira imported, SandboxStore store) {
        AoScorecardSettingsRepository settings = store.settings();
        ActiveObjectsTransactions transactions = store.transactions();
        Map<KeyResultId, List<CheckIn>> planned = DemoHistory.byKeyResult(demo, imported);
        transactions.inTransaction(() -> {
            demo.cycles().forEach(settings::saveCycle);
            settings.savePerspectiveMapping(imported.perspectiveMapping());
            // the demo shows aligned objectives contributing to their parents, half of the parent's progress
            AppSettings app = AppSettings.defaults().withStoryPointsFieldId(DemoOrganisation.STORY_POINTS_FIELD);
            settings.saveAppSettings(app.withRollup(app.rollup().withCascade(Cascade.on(0.5))));
            planned.forEach((kr, history) -> {
                long run = 0;
                for (CheckIn checkIn : history) {
                    if (checkIn.measured()) {
                        // a measured value is a run of the key result's measure and its system check-in
                        store.measures().record(kr, ++run, measuredRun(checkIn), checkIn);
                    } else {
                        store.checkIns().append(kr, checkIn);
                    }
                }
            });
            saveMeasures(demo, imported, store);
            return null;
        });
        DemoHistory.record(
                demo,
                planned,
                settings,
                store.snapshots(),
                transactions,
                options.clock().getZone());
    }

    /** The demo's measured key results: their measures, and the service account they run as. */
    private static void saveMeasures(DemoOrganisation demo, ImportedJira imported, SandboxStore store) {
        for (DemoOrganisation.PlannedMeasure measure : demo.measures()) {
            KeyResultId id = KeyResultId.of(imported.idOf(measure.keyResult())
                    .orElseThrow(() -> new IllegalStateException(measure.keyResult() + " is not in the demo export"))
                    .value());
            store.measures().save(MeasureDefinition.ofJql(id, measure.jql(), measure.aggregate(), null));
        }
        store.measures().saveTechnicalUser(ServiceDesk.TECHNICAL_USER_KEY);
    }

    private static MeasureRun measuredRun(CheckIn checkIn) {
        return new MeasureRun(
                checkIn.at(),
                MeasureRun.Outcome.MEASURED,
                checkIn.value(),
                checkIn.measuredBy().issueCount(),
                checkIn.measuredBy().query(),
                "");
    }

    /**
     * The cycles of an import that the store does not have yet, with dates from their ids; on the first import also
     * its perspective mapping (when it maps to the app's perspectives): it seeds the app's stored mapping, which the
     * admin page shows and changes and from which objectives take their perspectives at every read. A later import
     * into the same folder keeps the stored mapping, as a Jira keeps the admin's mapping when its issues change.
     */
    private static void saveImportSettings(
            ImportedJira imported, AoScorecardSettingsRepository settings, boolean first, LocalDate today) {
        for (CycleId id : imported.cycles()) {
            if (settings.cycle(id).isEmpty()) {
                ImportedCycles.Derived derived = ImportedCycles.of(id, today);
                settings.saveCycle(derived.cycle());
                if (derived.guessed()) {
                    LOG.warn(
                            "Cycle {} of the export has no dates in its name; it runs {} to {} until an"
                                    + " administrator changes it",
                            id,
                            derived.cycle().start(),
                            derived.cycle().end());
                }
            }
        }
        if (first) {
            try {
                imported.perspectiveMapping().requireKnownPerspectives(settings.perspectives());
                settings.savePerspectiveMapping(imported.perspectiveMapping());
            } catch (ValidationException e) {
                LOG.warn(
                        "The export's perspective mapping is not saved: {}; objectives take their perspectives from"
                                + " the app's default mapping until an administrator maps them",
                        e.getMessage());
            }
        }
    }

    private static String sources(SandboxOptions options) {
        List<String> names = new ArrayList<>();
        options.importPages().forEach(page -> names.add(page.toString()));
        if (options.mapping() != null) {
            names.add(options.mapping().toString());
        }
        return String.join(", ", names);
    }

    /** {@code /sandbox/...}: the user switch and the index page's stylesheet. */
    private void serveSandboxPaths(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (SandboxUsers.SWITCH_PATH.equals(path)) {
            users.serveSwitch(exchange);
        } else if (STYLESHEET_PATH.equals(path)) {
            try (InputStream in = Sandbox.class.getClassLoader().getResourceAsStream(STYLESHEET)) {
                if (in == null) {
                    throw new IllegalStateException(STYLESHEET + " is not on the classpath");
                }
                Responses.send(exchange, 200, Responses.contentTypeOf(STYLESHEET), in.readAllBytes());
            }
        } else {
            Responses.send(exchange, 404, "text/plain;charset=UTF-8", new byte[0]);
        }
    }

    /** The sandbox's SMTP server: what the app mailed (the outbox at {@value OutboxPage#PATH}). */
    public SandboxMailServer mailServer() {
        return mailServer;
    }

    private static void notifyQuietly(SendingNotifications notifications) {
        try {
            notifications.run();
        } catch (RuntimeException e) {
            LOG.warn("The sandbox's notifications failed: {}", e.toString());
        }
    }

    private static void reconcileQuietly(ReconcilingProgress reconciling) {
        try {
            reconciling.reconcile();
        } catch (RuntimeException e) {
            LOG.warn("The sandbox's reconciliation failed: {}", e.toString());
        }
    }

    private static HttpServer bind(int port) {
        // the JDK's server writes headers and body separately: without TCP_NODELAY each answer waits for the client's
        // delayed ACK (about 40 ms); it reads the property once, when its first server starts in this JVM
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        try {
            return HttpServer.create(address, 0);
        } catch (BindException e) {
            throw new SandboxException(
                    "port " + port + " on 127.0.0.1 is in use (another sandbox?): stop it or choose another with"
                            + " --port",
                    SandboxException.FAILED,
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the server (waiting up to {@code delaySeconds} for exchanges in progress) and releases whatever was started,
     * keeping {@code failure} (when starting failed) as the exception to report.
     */
    private void shutDown(int delaySeconds, Throwable failure) {
        List<Runnable> steps = List.of(
                () -> server.stop(delaySeconds),
                reconciliation::shutdownNow,
                () -> {
                    if (rest != null) {
                        rest.getApplicationHandler().onShutdown(rest);
                    }
                },
                httpThreads::shutdownNow,
                () -> {
                    if (running != null) {
                        running.close();
                    }
                },
                () -> {
                    if (mailServer != null) {
                        mailServer.close();
                    }
                },
                () -> {
                    if (database != null) {
                        database.close();
                    }
                });
        RuntimeException first = null;
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
