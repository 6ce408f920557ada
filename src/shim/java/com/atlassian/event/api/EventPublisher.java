// Shim of com.atlassian.event.api.EventPublisher; source:
// https://docs.atlassian.com/atlassian-crowd/latest/com/atlassian/crowd/directory/event/MockEventPublisher.html
// (publish in EventPublisher; register/unregister/unregisterAll inherited from EventListenerRegistrar)
package com.atlassian.event.api;

public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
