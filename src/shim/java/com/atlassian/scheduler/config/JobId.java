// Shim of com.atlassian.scheduler.config.JobId; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/JobId.html
// (public final class implements Serializable, Comparable<JobId>; static of(String); no public constructor; subset)
// UNVERIFIED: page not read; shape mirrors JobConfig's package conventions
package com.atlassian.scheduler.config;

import java.io.Serializable;

@SuppressWarnings("serial")
public final class JobId implements Serializable, Comparable<JobId> {

    private JobId() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobId of(String jobId) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    @Override
    public int compareTo(JobId o) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
