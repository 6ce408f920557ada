// Shim of com.atlassian.scheduler.JobRunnerResponse; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html
// (class; static success(), success(String), failed(String), failed(Throwable), aborted(String)) UNVERIFIED: final-ness
// and constructor visibility not seen; private constructor declared
package com.atlassian.scheduler;

public class JobRunnerResponse {

    private JobRunnerResponse() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobRunnerResponse success() {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobRunnerResponse success(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobRunnerResponse failed(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobRunnerResponse failed(Throwable cause) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public static JobRunnerResponse aborted(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
