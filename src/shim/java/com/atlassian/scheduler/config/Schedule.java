// Shim of com.atlassian.scheduler.config.Schedule; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
// (public final class, no public constructor; static forInterval(long, Date), forCronExpression(String); subset)
// UNVERIFIED: page not read; factory signatures as used by public plugins
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {

    private Schedule() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static Schedule forCronExpression(String cronExpression) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
