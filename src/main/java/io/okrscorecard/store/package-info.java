/**
 * The Active Objects adapter: entities (tables {@code AO_E9FC31_*} in Jira's database), their mappers to the domain
 * values of {@code core}, and the repositories implementing the core's ports. No AO type leaves this package.
 *
 * <p>Every write runs in one {@code ActiveObjects.executeInTransaction}; reads of many subjects take one statement per
 * {@value io.okrscorecard.store.Chunks#MAX_IN} ids. See the "Storage" section of docs/architecture.md.
 */
package io.okrscorecard.store;
