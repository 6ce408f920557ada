package io.okrscorecard.app;

import io.okrscorecard.core.work.WorkItem;
import java.util.List;

/**
 * A page of the work a key result counts, in issue-id order, holding only issues the viewer may browse.
 *
 * @param total visible items in all pages
 * @param hidden items the viewer may not browse ("N more issues you cannot see")
 */
public record WorkPage(int start, int max, int total, int hidden, List<WorkItem> items) {
    public WorkPage {
        items = List.copyOf(items);
    }
}
