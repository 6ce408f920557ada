// Shim of com.atlassian.event.api.EventListenerRegistrar; source:
// https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html (super-interface
// of EventPublisher; register/unregister/unregisterAll are declared here)
package com.atlassian.event.api;

public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
