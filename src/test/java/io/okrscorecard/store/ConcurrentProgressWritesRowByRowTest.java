package io.okrscorecard.store;

/**
 * Every race of {@link ConcurrentProgressWritesTest} with the store inserting one row per statement, as it does on an
 * Active Objects facade without the multi-row create ({@link AoInserts}): the newer computation still wins.
 */
public class ConcurrentProgressWritesRowByRowTest extends ConcurrentProgressWritesTest {

    @Override
    protected boolean rowByRow() {
        return true;
    }
}
