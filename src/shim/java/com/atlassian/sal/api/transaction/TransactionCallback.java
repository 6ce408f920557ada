// Shim of com.atlassian.sal.api.transaction.TransactionCallback; source:
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html (used as TransactionCallback<T>; erased doInTransaction() returns Object per https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html)
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    T doInTransaction();
}
