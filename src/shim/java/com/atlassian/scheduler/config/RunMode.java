// Shim of com.atlassian.scheduler.config.RunMode; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
// (enum RUN_ONCE_PER_CLUSTER, RUN_LOCALLY)
// UNVERIFIED: page not read; constant names as used by public plugins
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
