// Shim of com.atlassian.scheduler.SchedulerServiceException; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
// (checked exception thrown by scheduleJob) UNVERIFIED: direct super-class assumed java.lang.Exception, constructors
// not seen
package com.atlassian.scheduler;

@SuppressWarnings("serial")
public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        throw new UnsupportedOperationException("compile-only shim");
    }

    public SchedulerServiceException(String message, Throwable cause) {
        throw new UnsupportedOperationException("compile-only shim");
    }
}
