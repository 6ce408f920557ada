package io.okrscorecard.sandbox.server;

import io.okrscorecard.core.CycleId;
import io.okrscorecard.core.cycle.Cycle;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates of a cycle that an export names only by its OKR Cycle value: quarters ({@code 2026-Q1}, {@code 2026Q1},
 * {@code Q1-2026}, {@code Q1 2026}), halves ({@code 2026-H2}), months ({@code 2026-03}) and years ({@code 2026},
 * {@code FY2026}) get their calendar dates. Any other id gets the quarter running today, which the admin page can
 * correct.
 */
final class ImportedCycles {
    private static final String SEPARATOR = "[-_. ]?";
    private static final Pattern YEAR_PART = Pattern.compile("(\\d{4})" + SEPARATOR + "([QH])([1-4])");
    private static final Pattern PART_YEAR = Pattern.compile("([QH])([1-4])" + SEPARATOR + "(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})" + SEPARATOR + "(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("(?:FY)?" + SEPARATOR + "(\\d{4})");

    /** A cycle and whether its dates were guessed (the id says nothing about them). */
    record Derived(Cycle cycle, boolean guessed) {}

    private ImportedCycles() {}

    static Derived of(CycleId id, LocalDate today) {
        String text = id.value().toUpperCase(Locale.ROOT);
        Matcher matcher = YEAR_PART.matcher(text);
        if (matcher.matches() && part(matcher.group(2), matcher.group(3))) {
            return derived(
                    id, Integer.parseInt(matcher.group(1)), matcher.group(2), Integer.parseInt(matcher.group(3)));
        }
        matcher = PART_YEAR.matcher(text);
        if (matcher.matches() && part(matcher.group(1), matcher.group(2))) {
            return derived(
                    id, Integer.parseInt(matcher.group(3)), matcher.group(1), Integer.parseInt(matcher.group(2)));
        }
        matcher = MONTH.matcher(text);
        if (matcher.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), 1);
            return new Derived(cycle(id, start, start.plusMonths(1)), false);
        }
        matcher = YEAR.matcher(text);
        if (matcher.matches()) {
            LocalDate start = LocalDate.of(Integer.parseInt(matcher.group(1)), 1, 1);
            return new Derived(cycle(id, start, start.plusYears(1)), false);
        }
        int quarter = today.get(IsoFields.QUARTER_OF_YEAR);
        LocalDate start = LocalDate.of(today.getYear(), (quarter - 1) * 3 + 1, 1);
        return new Derived(cycle(id, start, start.plusMonths(3)), true);
    }

    private static boolean part(String kind, String number) {
        return kind.equals("Q") || Integer.parseInt(number) <= 2;
    }

    private static Derived derived(CycleId id, int year, String kind, int number) {
        int months = kind.equals("Q") ? 3 : 6;
        LocalDate start = LocalDate.of(year, (number - 1) * months + 1, 1);
        return new Derived(cycle(id, start, start.plusMonths(months)), false);
    }

    /** From {@code start} up to the day before {@code next}. */
    private static Cycle cycle(CycleId id, LocalDate start, LocalDate next) {
        return new Cycle(id, id.value(), start, next.minusDays(1));
    }
}
