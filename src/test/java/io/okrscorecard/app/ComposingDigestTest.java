package io.okrscorecard.app;

import static io.okrscorecard.app.DigestWorld.MIA;
import static io.okrscorecard.app.DigestWorld.MONDAY;
import static io.okrscorecard.app.DigestWorld.PMO;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.okrscorecard.app.Digest.ObjectiveLine;
import io.okrscorecard.app.Digest.PerspectiveLine;
import io.okrscorecard.core.PerspectiveKey;
import io.okrscorecard.core.digest.DigestSchedule;
import io.okrscorecard.core.digest.DigestScope;
import io.okrscorecard.core.digest.Subscription;
import io.okrscorecard.core.digest.SubscriptionId;
import io.okrscorecard.core.scoring.Status;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.Test;

public class ComposingDigestTest {
    private static final double EPS = 1e-9;

    private final DigestWorld world = new DigestWorld();

    @Test
    public void eachPerspectiveShowsItsScoreNowAndItsChangeOverSevenDays() {
        Map<String, PerspectiveLine> lines = perspectives(digest(MIA, DigestScope.everything()));

        PerspectiveLine customer = lines.get("customer");
        assertEquals(0.43, customer.progress().value(), EPS);
        assertEquals(Status.AMBER, customer.status());
        assertEquals(-0.22, customer.change().value().getAsDouble(), EPS);
        assertEquals("-22", customer.change().points());
        PerspectiveLine financial = lines.get("financial");
        assertEquals(0.6, financial.change().value().getAsDouble(), EPS);
    }

    @Test
    public void aPerspectiveUndefinedOnEitherDayShowsNoChangeNeverZero() {
        Map<String, PerspectiveLine> lines = perspectives(digest(MIA, DigestScope.everything()));

        PerspectiveLine learning = lines.get("learning-growth");
        assertEquals(1.0, learning.progress().value(), EPS);
        assertTrue(learning.change().value().isEmpty());
        assertEquals("-", learning.change().points());
        PerspectiveLine internal = lines.get("internal-processes");
        assertFalse(internal.progress().isDefined());
        assertTrue(internal.change().value().isEmpty());
    }

    @Test
    public void objectivesThatTurnedRedComeFirstAmongTheStatusChanges() {
        List<ObjectiveLine> changes = digest(PMO, DigestScope.everything()).statusChanges();

        assertEquals(List.of("O-1", "O-3", "O-5"), keys(changes));
        assertTrue(changes.get(0).turnedRed());
        assertEquals(Status.GREEN, changes.get(0).statusBefore());
        assertEquals(Status.RED, changes.get(0).status());
        assertFalse(changes.get(1).turnedRed());
        assertEquals(Status.NONE, changes.get(2).statusBefore());
    }

    @Test
    public void topMoversAreTheLargestAbsoluteChangesAndSkipUndefinedOnes() {
        List<ObjectiveLine> movers = digest(PMO, DigestScope.everything()).topMovers();

        assertEquals(List.of("O-3", "O-1", "O-2"), keys(movers));
        assertEquals(0.6, movers.get(0).change().value().getAsDouble(), EPS);
        assertEquals(-0.5, movers.get(1).change().value().getAsDouble(), EPS);
    }

    @Test
    public void anObjectiveTheSubscriberCannotBrowseIsNeverNamedButStillCounts() {
        Digest digest = digest(MIA, DigestScope.everything());

        assertEquals(List.of("O-1", "O-5"), keys(digest.statusChanges()));
        assertEquals(List.of("O-1", "O-2"), keys(digest.topMovers()));
        assertEquals(List.of("KR-1", "KR-2"), dueKeys(digest));
        assertEquals(1, digest.hiddenObjectives());
        assertFalse(digest.reading().objectives().stream()
                .anyMatch(objective -> objective.key().value().equals("O-3")));
        assertEquals(0.7, perspectives(digest).get("financial").progress().value(), EPS);
    }

    @Test
    public void keyResultsWithACheckInDueAreListedWithTheirObjective() {
        Digest digest = digest(PMO, DigestScope.everything());

        assertEquals(List.of("KR-1", "KR-2", "KR-3"), dueKeys(digest));
        assertEquals("O-1", digest.checkInsDue().get(0).objective().key().value());
    }

    @Test
    public void aScopeOfSomePerspectivesReportsOnlyThoseAndTheirObjectives() {
        DigestScope customer = new DigestScope(List.of(), Optional.empty(), List.of(PerspectiveKey.of("customer")));

        Digest digest = digest(PMO, customer);

        assertEquals(List.of("customer"), List.copyOf(perspectives(digest).keySet()));
        assertEquals(List.of("O-1"), keys(digest.statusChanges()));
        assertEquals(List.of("O-1", "O-2"), keys(digest.topMovers()));
    }

    @Test
    public void theDigestIsReadAsTheSubscriberWhoeverIsTheCurrentViewer() {
        world.access.current = Optional.of(new io.okrscorecard.core.port.AccessControl.Viewer(PMO));

        Digest digest = digest(MIA, DigestScope.everything());

        assertEquals(1, digest.hiddenObjectives());
        assertEquals(DigestWorld.WEEK_BEFORE, digest.weekBefore());
    }

    @Test
    public void theReadingForTheAttachedReportCarriesTheTrendsAsTheGadgetShowsThem() {
        Digest digest = digest(MIA, DigestScope.everything());

        assertEquals(5, digest.reading().trends().size());
        assertTrue(digest.reading().trends().values().stream().allMatch(points -> points.size() == 2));
    }

    private Digest digest(String subscriber, DigestScope scope) {
        Subscription subscription = new Subscription(
                new SubscriptionId(1),
                subscriber,
                scope,
                new DigestSchedule(DayOfWeek.MONDAY, 0),
                Instant.parse("2026-10-01T00:00:00Z"));
        return world.composing.compose(subscription, MONDAY);
    }

    private static Map<String, PerspectiveLine> perspectives(Digest digest) {
        return digest.perspectives().stream()
                .collect(Collectors.toMap(
                        line -> line.perspective().key().value(),
                        line -> line,
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static List<String> keys(List<ObjectiveLine> lines) {
        return lines.stream().map(line -> line.objective().key().value()).toList();
    }

    private static List<String> dueKeys(Digest digest) {
        return digest.checkInsDue().stream()
                .map(due -> due.keyResult().keyResult().key().value())
                .toList();
    }
}
