// Shim of com.atlassian.scheduler.JobRunnerRequest; source:
// https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/JobRunnerRequest.html
// (interface; subset) UNVERIFIED: member list not seen in the stored page; Date getStartTime(), JobId getJobId(),
// JobConfig getJobConfig() as used by public Atlassian plugins
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

public interface JobRunnerRequest {

    Date getStartTime();

    JobId getJobId();

    JobConfig getJobConfig();
}
