// Shim of com.atlassian.event.api.EventListener; source:
// https://docs.atlassian.com/atlassian-event/3.1.3/apidocs/com/atlassian/event/api/EventListener.html (RUNTIME, METHOD,
// Documented; optional element scope() omitted, not used)
package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface EventListener {}
