// Shim of com.atlassian.scheduler.config.JobRunnerKey; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobRunnerKey.html
// (public final class implements Serializable, Comparable<JobRunnerKey>; static of(String); no public constructor;
// subset)
// UNVERIFIED: page not read; shape mirrors JobConfig's package conventions
package com.atlassian.scheduler.config;

import java.io.Serializable;

@SuppressWarnings("serial")
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {

    private JobRunnerKey() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobRunnerKey of(String key) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public int compareTo(JobRunnerKey o) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
