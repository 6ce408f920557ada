// Shim of com.atlassian.sal.api.lifecycle.LifecycleAware; source:
// https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html
package com.atlassian.sal.api.lifecycle;

public interface LifecycleAware {

    void onStart();

    void onStop();
}
