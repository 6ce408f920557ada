// Shim of com.atlassian.beehive.ClusterLock; source:
// https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html (interface extends
// java.util.concurrent.locks.Lock; no own members needed)
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {}
