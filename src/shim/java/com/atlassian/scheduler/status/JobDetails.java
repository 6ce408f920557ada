// Shim of com.atlassian.scheduler.status.JobDetails; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/status/package-summary.html
// (interface; no members needed)
package com.atlassian.scheduler.status;

public interface JobDetails {}
