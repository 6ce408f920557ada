// Shim of com.atlassian.scheduler.JobRunner; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html
// (interface; JobRunnerResponse runJob(JobRunnerRequest))
package com.atlassian.scheduler;

public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
