// Shim of com.atlassian.scheduler.config.JobConfig; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobConfig.html
// (public final class, no public constructor; subset)
package com.atlassian.scheduler.config;

public final class JobConfig {

    private JobConfig() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public JobConfig withRunMode(RunMode runMode) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public JobConfig withSchedule(Schedule schedule) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
