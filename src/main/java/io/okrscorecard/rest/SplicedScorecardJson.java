package io.okrscorecard.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.okrscorecard.app.ReadingScorecard;
import io.okrscorecard.app.ScorecardReading;
import io.okrscorecard.rest.ScorecardDto.ObjectiveView;
import io.okrscorecard.rest.ScorecardDto.PerspectiveView;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JSON of a scorecard answer, spliced from the JSON of its objectives: each objective as the viewer sees it (its
 * numbers, status, owner and visible key results: an {@link ObjectiveView}) is written once and kept while an equal
 * one is asked for again, and the answer's frame (the cycle, the totals of the scorecard and its perspectives, the
 * trends, the number of hidden objectives) is written for every answer. After a write to one objective, the next answer
 * writes that objective and the frame, not the 350 KB of a 200-objective cycle. The bytes are those Jackson writes for
 * the whole {@link ScorecardDto}: a view is written by the same mapper whether alone or inside the answer, equal views
 * are written alike, and the mapper writes no whitespace. See docs/adr/0013-scorecard-answer-spliced-from-objectives.md.
 *
 * <p>Objectives are placed where the frame, written with every objective list empty, has {@code "objectives":[]} (one
 * per perspective, in order) and then {@code "unassigned":[]}. Those bytes cannot occur inside a JSON string, whose
 * quotes are escaped, nor as another field of the frame.
 */
final class SplicedScorecardJson implements ReadingScorecard.Rendering<byte[]> {

    /**
     * Bytes of objective JSON kept at most by default (a 200-objective cycle's objectives are about 350 KB per
     * visibility); beyond, all are dropped and written again on demand.
     */
    static final long FRAGMENT_BUDGET = 16L << 20;

    private static final byte[] PERSPECTIVE_OBJECTIVES = "\"objectives\":[]".getBytes(StandardCharsets.UTF_8);
    private static final byte[] UNASSIGNED = "\"unassigned\":[]".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json;
    private final long budget;
    private final Map<ObjectiveView, byte[]> fragments = new ConcurrentHashMap<>();
    private final AtomicLong fragmentBytes = new AtomicLong();
    private final AtomicLong fragmentsWritten = new AtomicLong();

    SplicedScorecardJson(ObjectMapper json, long budget) {
        this.json = json;
        this.budget = budget;
    }

    @Override
    public byte[] render(ScorecardReading reading) {
        return write(ScorecardDto.of(reading));
    }

    /** The answer's bytes, as {@code json} writes the whole answer. */
    byte[] write(ScorecardDto answer) {
        List<List<ObjectiveView>> lists = new ArrayList<>();
        List<PerspectiveView> emptied = new ArrayList<>(answer.perspectives().size());
        for (PerspectiveView perspective : answer.perspectives()) {
            lists.add(perspective.objectives());
            emptied.add(new PerspectiveView(
                    perspective.key(),
                    perspective.name(),
                    perspective.colour(),
                    perspective.weight(),
                    perspective.progress(),
                    perspective.status(),
                    perspective.undefinedReason(),
                    perspective.undefinedObjectives(),
                    perspective.trend(),
                    List.of()));
        }
        lists.add(answer.unassigned());
        byte[] frame = bytes(new ScorecardDto(
                answer.cycle(),
                answer.statusMode(),
                answer.progress(),
                answer.status(),
                answer.undefinedReason(),
                answer.computedAt(),
                answer.frozenAt(),
                answer.trend(),
                emptied,
                List.of(),
                answer.hiddenObjectives()));

        List<List<byte[]>> written = new ArrayList<>(lists.size());
        int size = frame.length;
        for (List<ObjectiveView> objectives : lists) {
            List<byte[]> list = new ArrayList<>(objectives.size());
            for (ObjectiveView objective : objectives) {
                byte[] fragment = fragment(objective);
                list.add(fragment);
                size += fragment.length + 1;
            }
            written.add(list);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        int from = 0;
        for (int i = 0; i < written.size(); i++) {
            byte[] marker = i < written.size() - 1 ? PERSPECTIVE_OBJECTIVES : UNASSIGNED;
            int at = indexOf(frame, marker, from);
            if (at < 0) {
                throw new IllegalStateException("the scorecard frame has no "
                        + new String(marker, StandardCharsets.UTF_8) + " for objective list " + i);
            }
            int closing = at + marker.length - 1;
            out.write(frame, from, closing - from);
            List<byte[]> list = written.get(i);
            for (int j = 0; j < list.size(); j++) {
                if (j > 0) {
                    out.write(',');
                }
                out.writeBytes(list.get(j));
            }
            from = closing;
        }
        out.write(frame, from, frame.length - from);
        return out.toByteArray();
    }

    /** Objective views written to JSON so far, as opposed to taken from the kept ones. */
    long fragmentsWritten() {
        return fragmentsWritten.get();
    }

    private byte[] fragment(ObjectiveView objective) {
        byte[] known = fragments.get(objective);
        if (known != null) {
            return known;
        }
        byte[] written = bytes(objective);
        fragmentsWritten.incrementAndGet();
        if (fragmentBytes.addAndGet(written.length) > budget) {
            fragments.clear();
            fragmentBytes.set(written.length);
        }
        fragments.put(objective, written);
        return written;
    }

    private byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static int indexOf(byte[] bytes, byte[] marker, int from) {
        outer:
        for (int i = from; i <= bytes.length - marker.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
