package io.okrscorecard.core.rollup;

import io.okrscorecard.core.work.StatusCategory;

/**
 * The items of one status category in a work set: how many, how many carried an estimate, their
 * total weight under the policy used, and the credit each unit of weight earns.
 */
public record CategoryTotal(StatusCategory category, int count, int estimated, double weight, double credit) {}
