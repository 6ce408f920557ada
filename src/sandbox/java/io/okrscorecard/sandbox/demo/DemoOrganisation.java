package io.okrscorecard.sandbox.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.IssueKey;
import io.okrscorecard.core.cycle.Cycle;
import io.okrscorecard.core.keyresult.CheckIn;
import io.okrscorecard.core.measure.Aggregate;
import io.okrscorecard.sandbox.demo.DemoIssue.LinkType;
import io.okrscorecard.sandbox.demo.DemoIssue.Type;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The sandbox's demo organisation, generated from code and the same on every machine for a given day: two quarterly
 * cycles (the one running {@code today} and the one before, finished), objectives in the four Balanced Scorecard
 * perspectives (and one mapped to none), their key results of every kind, cause links that form a strategy map from
 * learning and growth up to financial, epics with children and plain issues in every status (Won't Do and Duplicate
 * included), shared work, story points, a sub-task, an objective without linked work, and weekly check-ins of the
 * metrics.
 *
 * <p>It exists as Jira would show it: {@link #exportOn} gives the pages of a Jira REST export as on any day (an issue
 * done last week is in progress in the export of two weeks ago), {@link #mapping()} the mapping file. The sandbox
 * imports it exactly as it imports a real export; only the check-ins, which Jira does not hold, are written to the
 * app's store ({@link #checkIns()}).
 *
 * <p>{@link #withObjectives} adds generated objectives (from a fixed seed) to the running cycle, for benchmarks.
 */
public final class DemoOrganisation extends DemoIssues {

    /** The seed of the generated objectives of {@link #withObjectives}. */
    static final long SEED = 20_261_116L;

    /** The custom field of the export that holds story points. */
    public static final String STORY_POINTS_FIELD = ExportPages.STORY_POINTS;

    /** Objectives of the running cycle in {@link #standard}. */
    public static final int STANDARD_OBJECTIVES = 14;

    private static final String FINANCIAL = "Financial";
    private static final String CUSTOMER = "Customer";
    private static final String PROCESSES = "Internal Processes";
    private static final String LEARNING = "Learning & Growth";
    private static final List<String> PERSPECTIVES_BOTTOM_UP = List.of(LEARNING, PROCESSES, CUSTOMER, FINANCIAL);
    /** The owners of generated objectives (user names). */
    private static final List<String> GENERATED_OWNERS =
            List.of(("amelia.chen ben.okafor carla.rossi dev.patel eva.novak"
                            + " farid.haddad grace.kim hugo.martin ivan.petrov julia.weber kofi.mensah lena.fischer mateo.garcia"
                            + " nora.lindqvist omar.aziz priya.nair quinn.walsh rosa.silva sven.larsen tomoko.sato")
                    .split(" "));

    /**
     * The label and the component of the objectives of each perspective: the demo's objectives also carry their
     * perspective where an admin may choose to map it from instead of the BSC Perspective field.
     */
    public static final Map<String, String> LABELS = Map.of(
            FINANCIAL, "bsc-financial",
            CUSTOMER, "bsc-customer",
            PROCESSES, "bsc-processes",
            LEARNING, "bsc-learning");

    public static final Map<String, String> COMPONENTS = Map.of(
            FINANCIAL, "Finance",
            CUSTOMER, "Customer Care",
            PROCESSES, "Operations",
            LEARNING, "People");

    /** A check-in of a key result, by the key result's issue key. */
    public record PlannedCheckIn(IssueKey keyResult, CheckIn checkIn) {}

    /** A key result measured from Jira: its JQL over the {@link ServiceDesk} and its aggregate. */
    public record PlannedMeasure(IssueKey keyResult, String jql, Aggregate aggregate) {}

    /** The summary of the key result measured by the median resolution time of complaints. */
    public static final String RESOLUTION_TIME_KR =
            "Cut median resolution time of customer complaints from 30 h to 12 h";

    /** The summary of the key result measured by the count of P1 incidents of the last 30 days. */
    public static final String P1_INCIDENTS_KR = "Reduce P1 incidents from 6 to 2 per month";

    private DemoOrganisation(LocalDate today, ZoneId zone) {
        super(today, zone);
    }

    /** The demo as it stands on {@code today}; check-ins are dated in {@code zone}. */
    public static DemoOrganisation standard(LocalDate today, ZoneId zone) {
        DemoOrganisation demo = new DemoOrganisation(today, zone);
        demo.loadPreviousCycle();
        demo.loadRunningCycle();
        return demo;
    }

    /**
     * The standard demo plus generated objectives, so that the running cycle has {@code objectives} (at least {@value
     * #STANDARD_OBJECTIVES}). Each generated one has five key results: four WORK ones with an epic of eight stories and
     * one METRIC with four check-ins.
     */
    public static DemoOrganisation withObjectives(LocalDate today, ZoneId zone, int objectives) {
        if (objectives < STANDARD_OBJECTIVES) {
            throw new IllegalArgumentException("the demo has " + STANDARD_OBJECTIVES
                    + " objectives in its running cycle; asked for " + objectives);
        }
        DemoOrganisation demo = standard(today, zone);
        demo.generate(objectives - STANDARD_OBJECTIVES);
        return demo;
    }

    /** The quarter holding {@code day}, e.g. {@code 2026-Q4} from 1 October to 31 December. */
    static Cycle quarterOf(LocalDate day) {
        int quarter = day.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate start = LocalDate.of(day.getYear(), (quarter - 1) * 3 + 1, 1);
        String id = day.getYear() + "-Q" + quarter;
        return new Cycle(CycleId.of(id), id, start, start.plusMonths(3).minusDays(1));
    }

    public LocalDate today() {
        return today;
    }

    /** The finished cycle, then the running one. */
    public List<Cycle> cycles() {
        return List.of(previous, running);
    }

    /** The cycle running today. */
    public Cycle runningCycle() {
        return running;
    }

    /** How many objectives the running cycle has. */
    public int runningObjectives() {
        return runningObjectives;
    }

    public int issueCount() {
        return issues.size();
    }

    /** The pages of the export by file name, every issue with the status it had on {@code day}. */
    public Map<String, JsonNode> exportOn(LocalDate day) {
        return ExportPages.pages(issues, day);
    }

    /** The mapping file of the export. */
    public JsonNode mapping() {
        return ExportPages.mapping();
    }

    /** The key results measured from Jira. */
    public List<PlannedMeasure> measures() {
        return List.copyOf(measures);
    }

    /** The service desk tickets the measures count. */
    public ServiceDesk serviceDesk() {
        return serviceDesk;
    }

    /** Every check-in of every METRIC key result, oldest first per key result. */
    public List<PlannedCheckIn> checkIns() {
        return List.copyOf(checkIns);
    }

    // ----- the organisation ---------------------------------------------------------------------------------------

    private void loadPreviousCycle() {
        LocalDate end = previous.end();
        DemoIssue margin = objective("Reach break-even in the EU business", FINANCIAL, previous, "amelia.chen");
        metric(margin, "Raise EU gross margin from 38 % to 45 %", 38, 45, "%", 39, 40.5, 42, 43.1, 44.2);
        DemoIssue hosting = work(margin, "Renegotiate hosting contracts");
        plain("FIN", Type.TASK, "Tender for EU data centre capacity", Timeline.done(end.minusDays(60)), hosting);
        plain("FIN", Type.TASK, "Move backups to cold storage", Timeline.done(end.minusDays(41)), hosting);
        plain(
                "FIN",
                Type.TASK,
                "Three-year commitment with the cloud provider",
                Timeline.done(end.minusDays(20)),
                hosting);
        plain("FIN", Type.TASK, "Second hosting region in Ireland", Timeline.wontDo(end.minusDays(33)), hosting);

        DemoIssue community = objective("Launch the customer community", CUSTOMER, previous, "carla.rossi");
        metric(community, "Grow community members from 0 to 2,000", 0, 2000, "members", 300, 700, 1200, 1650, 2150);
        DemoIssue forum = work(community, "Open the community forum");
        DemoIssue launch = epic("SHOP", "Community launch", Timeline.done(end.minusDays(5)), forum);
        story(launch, "Forum with single sign-on", Timeline.done(end.minusDays(52)), 8.0);
        story(launch, "Moderation tools", Timeline.done(end.minusDays(38)), 5.0);
        story(launch, "Badges for helpful answers", Timeline.done(end.minusDays(25)), 3.0);
        story(launch, "Weekly digest e-mail", Timeline.done(end.minusDays(12)), 3.0);
        story(launch, "Community champions programme", Timeline.doing(end.minusDays(9)), 5.0);

        DemoIssue stable = objective("Stabilise the platform", PROCESSES, previous, "eva.novak");
        metric(stable, "Raise uptime from 99.5 % to 99.9 %", 99.5, 99.9, "%", 99.6, 99.7, 99.82, 99.86);
        DemoIssue fixes = work(stable, "Fix the top ten causes of outages");
        plain("OPS", Type.BUG, "Connection pool exhaustion under load", Timeline.done(end.minusDays(70)), fixes);
        plain("OPS", Type.BUG, "Memory leak in the search indexer", Timeline.done(end.minusDays(51)), fixes);
        plain("OPS", Type.BUG, "Certificate renewal fails silently", Timeline.done(end.minusDays(30)), fixes);
        plain("OPS", Type.BUG, "Queue consumer stalls after failover", Timeline.done(end.minusDays(14)), fixes);
        plain("OPS", Type.BUG, "Slow start of the reporting service", Timeline.todo(), fixes);

        DemoIssue team = objective("Onboard the new support team", LEARNING, previous, "julia.weber");
        DemoIssue onboarding = work(team, "Complete the support onboarding programme");
        plain("PPL", Type.TASK, "Product training for the support team", Timeline.done(end.minusDays(64)), onboarding);
        plain("PPL", Type.TASK, "Shadowing with senior agents", Timeline.done(end.minusDays(47)), onboarding);
        plain("PPL", Type.TASK, "Certification on the helpdesk tool", Timeline.done(end.minusDays(28)), onboarding);
        plain("PPL", Type.TASK, "First solo on-call week", Timeline.done(end.minusDays(10)), onboarding);

        link(LinkType.CAUSE, team, stable);
        link(LinkType.CAUSE, stable, community);
        link(LinkType.CAUSE, community, margin);
    }

    private void loadRunningCycle() {
        // Financial
        DemoIssue profitability = objective("Grow profitability", FINANCIAL, running, "amelia.chen");
        metric(
                profitability,
                "Increase monthly recurring revenue from 1.20 M to 1.50 M EUR",
                1.20,
                1.50,
                "M EUR",
                1.21,
                1.24,
                1.26,
                1.29,
                1.31,
                1.34,
                1.36);
        metric(
                profitability,
                "Cut cloud cost per customer from 14 to 11 EUR",
                14,
                11,
                "EUR",
                13.9,
                13.6,
                13.4,
                13.0,
                12.8,
                12.7);
        DemoIssue pricing = work(profitability, "Launch value-based pricing");
        DemoIssue pricingEpic = epic("SHOP", "Value-based pricing", Timeline.doing(ago(45)), pricing);
        story(pricingEpic, "Interview 20 customers about willingness to pay", Timeline.done(ago(40)), 3.0);
        story(pricingEpic, "Design three price tiers", Timeline.done(ago(26)), 5.0);
        story(pricingEpic, "Price calculator in the web shop", Timeline.doing(ago(9)), 8.0);
        story(pricingEpic, "Update the sales playbook for the new tiers", Timeline.doing(ago(4)), 3.0);
        story(pricingEpic, "Migrate legacy contracts to the new tiers", Timeline.todo(), 8.0);
        story(pricingEpic, "Billing supports upgrades between tiers", Timeline.todo(), 5.0);
        story(pricingEpic, "Regional price lists", Timeline.wontDo(ago(18)), 5.0);

        DemoIssue diversify = objective("Diversify revenue streams", FINANCIAL, running, "amelia.chen");
        metric(diversify, "Sign 6 reseller partners", 0, 6, "partners", 1, 1, 2, 3, 3);
        DemoIssue marketplace = work(diversify, "Open the add-on marketplace");
        DemoIssue marketplaceEpic = epic("SHOP", "Add-on marketplace", Timeline.doing(ago(38)), marketplace);
        story(marketplaceEpic, "Marketplace listing pages", Timeline.done(ago(30)), null);
        story(marketplaceEpic, "Revenue share contracts", Timeline.done(ago(15)), null);
        story(marketplaceEpic, "Partner payout reports", Timeline.doing(ago(12)), null);
        story(marketplaceEpic, "Add-on review workflow", Timeline.todo(), null);
        story(marketplaceEpic, "Marketplace search", Timeline.todo(), null);
        story(marketplaceEpic, "Listing pages for add-ons", Timeline.duplicate(ago(20)), null);

        DemoIssue cash = objective("Improve cash flow", FINANCIAL, running, "hugo.martin");
        metric(cash, "Cut days sales outstanding from 48 to 35", 48, 35, "days", 47, 45, 44, 42);
        DemoIssue dunning = work(cash, "Automate dunning");
        plain("FIN", Type.TASK, "Dunning e-mail templates", Timeline.done(ago(22)), dunning);
        plain("FIN", Type.TASK, "Automatic payment reminders", Timeline.done(ago(8)), dunning);
        plain("FIN", Type.TASK, "Direct debit for invoices above 10,000 EUR", Timeline.doing(ago(6)), dunning);
        plain("FIN", Type.TASK, "Dunning dashboard for finance", Timeline.todo(), dunning);

        // Customer
        DemoIssue satisfaction = objective("Improve customer satisfaction", CUSTOMER, running, "carla.rossi");
        metric(satisfaction, "Raise NPS from 32 to 45", 32, 45, "points", 33, 34, 36, 37, 39, 40);
        measuredMetric(
                satisfaction,
                RESOLUTION_TIME_KR,
                30,
                12,
                "h",
                ServiceDesk.COMPLAINTS_JQL,
                Aggregate.MEDIAN_RESOLUTION_HOURS,
                6);
        metric(
                satisfaction,
                "Raise 12-month customer retention from 88 % to 92 %",
                88,
                92,
                "%",
                88.3,
                88.9,
                89.4,
                89.9);

        DemoIssue onboarding = objective("Make onboarding effortless", CUSTOMER, running, "dev.patel");
        DemoIssue wizard = work(onboarding, "Ship the self-service onboarding wizard");
        DemoIssue wizardEpic = epic("SHOP", "Onboarding wizard", Timeline.doing(ago(36)), wizard);
        story(wizardEpic, "Wizard step: company profile", Timeline.done(ago(33)), 3.0);
        story(wizardEpic, "Wizard step: invite your team", Timeline.done(ago(19)), 3.0);
        DemoIssue importStep = story(wizardEpic, "Wizard step: import existing data", Timeline.doing(ago(7)), 8.0);
        // linked directly by mistake: the explanation lists it as ignored (its parent story counts)
        link(LinkType.CONTRIBUTION, subtask(importStep, "CSV column mapping", Timeline.doing(ago(5))), wizard);
        story(wizardEpic, "Progress checklist on the home page", Timeline.done(ago(11)), 2.0);
        story(wizardEpic, "Skip the wizard for invited users", Timeline.todo(), 2.0);
        story(wizardEpic, "Wizard analytics events", Timeline.todo(), 3.0);
        DemoIssue helpPanel = story(wizardEpic, "In-app help panel", Timeline.doing(ago(3)), 5.0);
        DemoIssue articles = work(onboarding, "Publish 25 help-centre articles");
        plain("SUP", Type.TASK, "Articles: getting started (5)", Timeline.done(ago(28)), articles);
        plain("SUP", Type.TASK, "Articles: billing (5)", Timeline.done(ago(14)), articles);
        plain("SUP", Type.TASK, "Articles: integrations (5)", Timeline.doing(ago(5)), articles);
        plain("SUP", Type.TASK, "Articles: admin settings (5)", Timeline.todo(), articles);
        plain("SUP", Type.TASK, "Articles: troubleshooting (5)", Timeline.todo(), articles);
        link(LinkType.CONTRIBUTION, helpPanel, articles);

        DemoIssue midMarket = objective("Win the mid-market segment", CUSTOMER, running, "ben.okafor");
        metric(midMarket, "Close 12 mid-market deals", 0, 12, "deals", 1, 2, 4, 5, 5, 7);
        DemoIssue featurePack = work(midMarket, "Deliver the mid-market feature pack");
        DemoIssue packEpic = epic("SHOP", "Mid-market feature pack", Timeline.doing(ago(40)), featurePack);
        story(packEpic, "Single sign-on with SAML", Timeline.done(ago(24)), 8.0);
        story(packEpic, "Audit log export", Timeline.doing(ago(10)), 5.0);
        story(packEpic, "Usage reports per team", Timeline.doing(ago(3)), 5.0);
        story(packEpic, "Custom roles", Timeline.todo(), 8.0);
        story(packEpic, "Sandbox environments", Timeline.wontDo(ago(16)), 13.0);

        // Internal processes
        DemoIssue shipFaster = objective("Ship faster with fewer incidents", PROCESSES, running, "eva.novak");
        metric(shipFaster, "Cut lead time for changes from 9 to 4 days", 9, 4, "days", 8.6, 8.1, 7.2, 6.8, 6.1);
        DemoIssue pipeline = work(shipFaster, "Automate the release pipeline");
        DemoIssue pipelineEpic = epic("OPS", "Release pipeline automation", Timeline.doing(ago(42)), pipeline);
        estimated(story(pipelineEpic, "Build once, deploy everywhere", Timeline.done(ago(35)), 5.0), 16);
        estimated(story(pipelineEpic, "Automated smoke tests after each deploy", Timeline.done(ago(21)), 5.0), 24);
        estimated(story(pipelineEpic, "Deployment dashboard", Timeline.done(ago(6)), 3.0), 8);
        estimated(story(pipelineEpic, "Blue-green deployments", Timeline.doing(ago(8)), 8.0), 40);
        estimated(story(pipelineEpic, "One-click rollback", Timeline.todo(), 5.0), 16);
        story(pipelineEpic, "Release notes generated from Jira", Timeline.duplicate(ago(12)), 3.0);
        measuredMetric(
                shipFaster, P1_INCIDENTS_KR, 6, 2, "per month", ServiceDesk.P1_INCIDENTS_JQL, Aggregate.COUNT, 5);

        DemoIssue support = objective("Streamline support operations", PROCESSES, running, "farid.haddad");
        DemoIssue routing = work(support, "Route tickets automatically");
        DemoIssue routingEpic = epic("SUP", "Ticket routing", Timeline.doing(ago(31)), routing);
        story(routingEpic, "Classify tickets by product area", Timeline.done(ago(27)), null);
        story(routingEpic, "Route by customer tier", Timeline.done(ago(13)), null);
        story(routingEpic, "Escalation rules for P1 tickets", Timeline.doing(ago(6)), null);
        story(routingEpic, "Routing accuracy report", Timeline.todo(), null);
        plain("SUP", Type.BUG, "Tickets in French are routed to the wrong queue", Timeline.done(ago(9)), routing);
        link(LinkType.CONTRIBUTION, helpPanel, routing);
        milestone(support, "Go live with the new support portal", Timeline.done(ago(10)));

        DemoIssue security = objective("Harden security and compliance", PROCESSES, running, "grace.kim");
        milestone(security, "Pass the ISO 27001 certification audit", Timeline.doing(ago(20)));
        DemoIssue findings = work(security, "Remediate every critical pen-test finding");
        plain("OPS", Type.BUG, "Stored XSS in the report export", Timeline.done(ago(31)), findings);
        plain("OPS", Type.BUG, "Session fixation on login", Timeline.done(ago(20)), findings);
        plain("OPS", Type.BUG, "Outdated TLS ciphers on the API gateway", Timeline.done(ago(13)), findings);
        plain("OPS", Type.BUG, "Privilege escalation through custom roles", Timeline.doing(ago(4)), findings);
        plain("OPS", Type.BUG, "Verbose error pages", Timeline.todo(), findings);
        plain("OPS", Type.BUG, "Open redirect after logout", Timeline.duplicate(ago(17)), findings);
        plain("OPS", Type.BUG, "Password policy allows 8 characters", Timeline.wontDo(ago(25)), findings);

        // Learning & growth
        DemoIssue skills = objective("Grow engineering skills", LEARNING, running, "ivan.petrov");
        metric(skills, "80 % of engineers complete two trainings", 0, 80, "%", 10, 18, 31, 39, 47);
        DemoIssue talks = work(skills, "Run 12 internal tech talks");
        String[] topics = {
            "observability", "domain-driven design", "accessibility", "threat modelling", "SQL performance",
            "feature flags", "pair programming", "API design", "incident reviews", "testing in production",
            "the new CI templates", "writing for engineers"
        };
        for (int i = 0; i < topics.length; i++) {
            Timeline timeline =
                    i < 6 ? Timeline.done(ago(38 - 6L * i)) : i == 6 ? Timeline.doing(ago(2)) : Timeline.todo();
            plain("PPL", Type.TASK, "Tech talk: " + topics[i], timeline, talks);
        }

        DemoIssue dataLiteracy = objective("Build a data-literate organisation", LEARNING, running, "julia.weber");
        work(dataLiteracy, "Data literacy curriculum for every team");
        work(dataLiteracy, "Self-service analytics pilot in two departments");

        DemoIssue engagement = objective("Improve employee engagement", LEARNING, running, "julia.weber");
        metric(engagement, "Raise eNPS from 12 to 25", 12, 25, "points", 12, 14, 15, 19);
        DemoIssue career = work(engagement, "Roll out the career framework");
        DemoIssue careerEpic = epic("PPL", "Career framework", Timeline.doing(ago(44)), career);
        story(careerEpic, "Define the engineering levels", Timeline.done(ago(36)), null);
        story(careerEpic, "Define the product levels", Timeline.done(ago(22)), null);
        story(careerEpic, "Train managers on the framework", Timeline.doing(ago(9)), null);
        story(careerEpic, "First calibration round", Timeline.todo(), null);
        story(careerEpic, "Publish the framework on the intranet", Timeline.todo(), null);

        DemoIssue tooling = objective("Modernise developer tooling", LEARNING, running, "eva.novak");
        DemoIssue ci = work(tooling, "Move every service to the shared CI templates");
        DemoIssue ciEpic = epic("OPS", "Shared CI templates", Timeline.doing(ago(34)), ci);
        String[] services = {"billing", "catalogue", "search", "notifications", "identity", "reporting", "gateway"};
        for (int i = 0; i < services.length; i++) {
            Timeline timeline =
                    i < 3 ? Timeline.done(ago(30 - 7L * i)) : i < 5 ? Timeline.doing(ago(6 - i)) : Timeline.todo();
            story(ciEpic, "Migrate " + services[i] + " to the shared CI templates", timeline, 2.0);
        }
        metric(tooling, "Cut local build time from 6 to 2 minutes", 6, 2, "min", 6, 5.5, 4.2, 3.9);

        // mapped to no perspective: listed as unassigned, left out of the scorecard's score
        DemoIssue offsite = objective("Prepare the 2027 strategy offsite", null, running, "amelia.chen");
        milestone(offsite, "Agenda and pre-reads shared with the leadership team", Timeline.doing(ago(5)));

        // the strategy map: learning and growth drives internal processes, which drive customer, which drives financial
        link(LinkType.CAUSE, skills, shipFaster);
        link(LinkType.CAUSE, tooling, shipFaster);
        link(LinkType.CAUSE, engagement, support);
        link(LinkType.CAUSE, dataLiteracy, support);
        link(LinkType.CAUSE, shipFaster, satisfaction);
        link(LinkType.CAUSE, shipFaster, onboarding);
        link(LinkType.CAUSE, support, satisfaction);
        link(LinkType.CAUSE, security, midMarket);
        link(LinkType.CAUSE, satisfaction, profitability);
        link(LinkType.CAUSE, onboarding, profitability);
        link(LinkType.CAUSE, midMarket, diversify);
        link(LinkType.ALIGNMENT, cash, profitability);
        link(LinkType.ALIGNMENT, onboarding, satisfaction);
    }

    /** Generated objectives in the running cycle, each driving one of the perspective above it. */
    private void generate(int count) {
        Random random = new Random(SEED);
        String[] verbs = {"Improve", "Scale", "Simplify", "Accelerate", "Strengthen", "Expand", "Automate", "Renew"};
        String[] areas = {
            "partner onboarding", "invoice processing", "mobile checkout", "data quality", "field service",
            "supplier reviews", "team rituals", "knowledge sharing", "product analytics", "regional sales"
        };
        Map<String, List<DemoIssue>> byPerspective = new HashMap<>();
        for (int n = 1; n <= count; n++) {
            String perspective = PERSPECTIVES_BOTTOM_UP.get(n % PERSPECTIVES_BOTTOM_UP.size());
            String summary =
                    verbs[random.nextInt(verbs.length)] + " " + areas[random.nextInt(areas.length)] + " (G" + n + ")";
            DemoIssue objective = objective(
                    summary, perspective, running, GENERATED_OWNERS.get(random.nextInt(GENERATED_OWNERS.size())));
            byPerspective.computeIfAbsent(perspective, p -> new ArrayList<>()).add(objective);
            for (int k = 1; k <= 4; k++) {
                DemoIssue kr = work(objective, summary + ": deliverable " + k);
                DemoIssue epic = epic("WRK", summary + ": epic " + k, Timeline.doing(ago(40)), kr);
                for (int s = 1; s <= 8; s++) {
                    story(epic, summary + ": story " + k + "." + s, randomTimeline(random), (double)
                            (1 + random.nextInt(8)));
                }
            }
            double start = 10 + random.nextInt(50);
            double target = start + 10 + random.nextInt(40);
            double[] values = new double[4];
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.round(start + (target - start) * (i + 1) * random.nextDouble() / 4.0);
            }
            metric(
                    objective,
                    summary + ": metric from " + (int) start + " to " + (int) target,
                    start,
                    target,
                    "units",
                    values);
            int above = PERSPECTIVES_BOTTOM_UP.indexOf(perspective) + 1;
            if (above < PERSPECTIVES_BOTTOM_UP.size()) {
                List<DemoIssue> effects = byPerspective.get(PERSPECTIVES_BOTTOM_UP.get(above));
                if (effects != null) {
                    link(LinkType.CAUSE, objective, effects.get(random.nextInt(effects.size())));
                }
            }
        }
    }

    private Timeline randomTimeline(Random random) {
        int roll = random.nextInt(100);
        if (roll < 40) {
            return Timeline.done(ago(1 + random.nextInt(40)));
        }
        if (roll < 65) {
            return Timeline.doing(ago(1 + random.nextInt(20)));
        }
        if (roll < 92) {
            return Timeline.todo();
        }
        return roll < 96
                ? Timeline.wontDo(ago(1 + random.nextInt(30)))
                : Timeline.duplicate(ago(1 + random.nextInt(30)));
    }

    // ----- building blocks ----------------------------------------------------------------------------------------
}
